// The reference pages stay complete: every Action input and output is in the configuration page
// (and nothing else is), every CLI command and flag of `--help` is in the CLI page, and the workflow
// and config file the docs show are the example files themselves. Read from action.yml and the
// CLI's own --help, so a new input or flag fails here until it is documented.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../src/cli/run.js";
import { parseLinkRequestText } from "../../src/request/parse.js";
import { codeBlocks, firstColumnAfterHeading, readPage, root } from "./markdown.js";

const action = parse(readFileSync(new URL("action.yml", root), "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};
const configuration = readPage("docs/configuration.md");

async function cliHelp(): Promise<string> {
  let out = "";
  const status = await runCli(["--help"], { stdout: (t) => (out += t), stderr: () => {} });
  expect(status).toBe(0);
  return out;
}

describe("the configuration page", () => {
  it("documents every input of action.yml, and no other", () => {
    expect(firstColumnAfterHeading(configuration, "Inputs").sort()).toEqual(
      Object.keys(action.inputs).sort(),
    );
  });

  it("documents every output of action.yml, and no other", () => {
    expect(firstColumnAfterHeading(configuration, "Outputs").sort()).toEqual(
      Object.keys(action.outputs).sort(),
    );
  });

  it("shows examples/config/argocd-cluster-link.yml as it is", () => {
    const example = readFileSync(new URL("examples/config/argocd-cluster-link.yml", root), "utf8");
    const shown = codeBlocks(configuration).filter((b) =>
      b.text.startsWith("# Example of .github/argocd-cluster-link.yml"),
    );
    expect(shown.map((b) => `${b.text}\n`)).toEqual([example]);
  });
});

describe("the CLI page", () => {
  const cliPage = readPage("docs/cli.md");

  it("documents every flag of --help", async () => {
    const flags = [...new Set((await cliHelp()).match(/--[a-z][a-z-]*/g))];
    expect(flags.length).toBeGreaterThan(5);
    expect(flags.filter((flag) => !cliPage.includes(flag))).toEqual([]);
  });

  it("documents every command of --help, and every flag it names is one of --help", async () => {
    const help = await cliHelp();
    const commands = [...help.matchAll(/^ {2}argocd-cluster-link ([a-z]+)/gm)].map((m) => m[1]!);
    expect(commands).toContain("plan");
    expect(commands.filter((command) => !new RegExp(`\\b${command}\\b`).test(cliPage))).toEqual([]);
    const known = new Set(help.match(/--[a-z][a-z-]*/g));
    // The usage block and the commands' reference (the install section also shows npm's flags).
    const reference = codeBlocks(cliPage)[0]!.text + cliPage.slice(cliPage.indexOf("## Commands"));
    const documented = [...new Set(reference.match(/(?<![\w-])--[a-z][a-z-]*/g))];
    expect(documented.filter((flag) => !known.has(flag))).toEqual([]);
  });
});

describe("the README", () => {
  it("shows link requests that are valid", () => {
    const requests = codeBlocks(readPage("README.md")).filter((b) => /^source-account:/m.test(b.text));
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests)
      expect(() => parseLinkRequestText(request.text, "README.md")).not.toThrow();
  });

  it("shows examples/workflows/link-cluster.yml verbatim as its quick-start workflow", () => {
    const example = readFileSync(new URL("examples/workflows/link-cluster.yml", root), "utf8");
    const workflows = codeBlocks(readPage("README.md")).filter(
      (b) => b.lang === "yaml" && /^on:/m.test(b.text),
    );
    expect(workflows.map((b) => `${b.text}\n`)).toEqual([example]);
  });
});
