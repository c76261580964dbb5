import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/core/errors.js";
import { parseConfig, withCommonVariables } from "../../src/action/config.js";
import { MemoryRepo } from "../../src/repo/reader.js";

const fieldsOf = (text: string) => {
  try {
    parseConfig(text, "c.yml");
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).errors.map((e) => [e.field, e.message]);
  }
  throw new Error("expected an InvalidInputError");
};

describe("account ids and project in the config file", () => {
  it("reads ids (alone or beside a repository) and the project", () => {
    const config = parseConfig(
      'project: acme\naccounts:\n  shared: { id: "012345678901" }\n  apps-devstg: { repository: o/r, id: "624557916382" }\n',
      "c.yml",
    );
    expect(config.project).toBe("acme");
    expect(config.accountIds).toEqual({ shared: "012345678901", "apps-devstg": "624557916382" });
    // An id alone keeps the account in this repository.
    expect(Object.keys(config.accounts)).toEqual(["apps-devstg"]);
  });

  it("names the field and what is allowed", () => {
    expect(fieldsOf("project: Acme Corp\naccounts:\n  shared: { id: 12345678901 }\n")).toEqual([
      ["project", "must be the Leverage project short name (lowercase letters, digits and '-'), e.g. acme"],
      ["accounts.shared.id", 'must be the 12-digit AWS account id in quotes, e.g. "123456789012"'],
    ]);
  });

  it("serves config/common.tfvars from them only when the repository has none", async () => {
    const config = parseConfig('project: acme\naccounts:\n  shared: { id: "012345678901" }\n', "c.yml");
    const generated = await withCommonVariables(new MemoryRepo(new Map()), config).readFile(
      "config/common.tfvars",
    );
    expect(generated).toContain('project = "acme"');
    expect(generated).toMatch(/shared = \{\n {4}id = "012345678901"\n {2}\}/);
    const committed = new MemoryRepo(new Map([["config/common.tfvars", 'project = "x"\n']]));
    expect(await withCommonVariables(committed, config).readFile("config/common.tfvars")).toBe(
      'project = "x"\n',
    );
  });
});
