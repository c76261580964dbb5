// Golden files: every generated file of every example case is compared byte for byte with
// test/golden/<case>/, and checked with the real HCL parser, the terraform fmt layout, a YAML
// parser and the chart values schema. UPDATE_GOLDEN=1 rewrites the golden files.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { diffChars, diffLines } from "diff";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/types.js";
import { chartValuesErrors } from "../support/chart-schema.js";
import { CASES, planCase, ROOT } from "../support/cases.js";
import { parseHclStrict, terraformFmt } from "../support/oracles.js";

const GOLDEN = join(ROOT, "test", "golden");
const update = process.env.UPDATE_GOLDEN === "1";

/** What the plan says, without file contents (those are compared file by file). */
function summary(plan: Plan) {
  return {
    linkId: plan.linkId,
    upToDate: plan.upToDate,
    notes: plan.notes,
    steps: plan.steps.map((s) => ({
      id: s.id,
      number: s.number,
      total: s.total,
      account: s.account,
      layers: s.layers,
      title: s.title,
      apply: s.apply,
      files: s.files.map((f) => `${f.action} ${f.path}`),
    })),
  };
}

function goldenFiles(plan: Plan): Map<string, string> {
  const files = new Map<string, string>();
  files.set("plan.json", JSON.stringify(summary(plan), null, 2) + "\n");
  plan.steps.forEach((step) => {
    const prefix = `${step.number}-${step.id}`;
    files.set(`${prefix}/pull-request.md`, `# ${step.title}\n\n${step.body}`);
    for (const f of step.files) files.set(`${prefix}/${f.path}`, f.content);
  });
  return files;
}

function listTree(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Substitutes template placeholders the way templatefile would, with plausible values. */
function renderTemplate(text: string): string {
  return text.replace(/(?<!\$)\$\{([^}]*)\}/g, (_m, name: string) =>
    name.endsWith("role_arn")
      ? "arn:aws:iam::123456789012:role/example"
      : name.endsWith("bearer_token")
        ? "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"
        : "placeholder",
  );
}

describe.each(CASES)("golden: $name", (c) => {
  it("matches the golden files and every file is valid", async () => {
    const plan = await planCase(c);
    const files = goldenFiles(plan);
    const dir = join(GOLDEN, c.name);
    if (update) {
      rmSync(dir, { recursive: true, force: true });
      for (const [path, content] of files) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
    }
    expect(listTree(dir).sort()).toEqual([...files.keys()].sort());
    for (const [path, content] of files) {
      expect(content, `${c.name}/${path}`).toBe(readFileSync(join(dir, path), "utf8"));
    }

    for (const step of plan.steps) {
      for (const f of step.files) {
        if (f.path.endsWith(".tf")) {
          await expect(parseHclStrict(f.path, f.content), f.path).resolves.toBeTypeOf("object");
          expect(await terraformFmt(f.content), `${f.path} is terraform fmt-clean`).toBe(f.content);
        } else if (f.path.endsWith(".yaml")) {
          const values = parseYaml(renderTemplate(f.content)) as unknown;
          const form = c.repo === "leverage-2026" ? "map" : "list";
          expect(chartValuesErrors(values, form), `${f.path} matches the chart schema`).toEqual([]);
          // Helm reads values with a YAML 1.1 parser: it must read the same values.
          expect(
            parseYaml(renderTemplate(f.content), { version: "1.1" }),
            `${f.path} under YAML 1.1`,
          ).toEqual(values);
        }
        if (f.previous !== undefined) {
          // An edit only adds: every byte (.tf) or line (.yaml) of the old file is still there, in order.
          const parts = f.path.endsWith(".tf")
            ? diffChars(f.previous, f.content)
            : diffLines(f.previous, f.content);
          const removed = parts.filter((part) => part.removed);
          expect(
            removed.map((p) => p.value),
            `${f.path} keeps the existing content`,
          ).toEqual([]);
        }
      }
    }
  });
});
