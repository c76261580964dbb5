// Golden files of the unlink of every golden link case (the link merged first): the plan, each
// step's pull request body and each edited file, in test/golden-unlink/<case>/.
// UPDATE_GOLDEN=1 rewrites them.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { planJson } from "../../src/cli/render.js";
import type { Plan } from "../../src/plan/types.js";
import { planUnlink } from "../../src/unlink/plan.js";
import { caseRepo, CASES, planCase, ROOT } from "../support/cases.js";
import { mergeSteps } from "./support.js";

const GOLDEN = join(ROOT, "test", "golden-unlink");
const update = process.env.UPDATE_GOLDEN === "1";

function goldenFiles(plan: Plan): Map<string, string> {
  const json = planJson(plan);
  const summary = {
    ...json,
    steps: json.steps.map(({ body: _body, files, ...s }) => ({
      ...s,
      files: files.map((f) => `${f.action} ${f.path}`),
    })),
  };
  const files = new Map([["plan.json", JSON.stringify(summary, null, 2) + "\n"]]);
  for (const step of plan.steps) {
    const prefix = `${step.number}-${step.id}`;
    files.set(`${prefix}/pull-request.md`, `# ${step.title}\n\n${step.body}`);
    for (const f of step.files) if (f.action !== "delete") files.set(`${prefix}/${f.path}`, f.content);
  }
  return files;
}

function listTree(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe.each(CASES)("unlink golden: $name", (c) => {
  it("matches the golden files", async () => {
    const repo = await caseRepo(c);
    const link = await planCase(c, repo);
    mergeSteps(repo, link);
    const files = goldenFiles(await planUnlink(repo, link.linkId));
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
  });
});
