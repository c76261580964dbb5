// What the CLI tests share: the example pairings, temporary git repositories, and two runners of
// the CLI, in process (cli.test.ts, so coverage sees src/cli and src/git) and as the built bundle
// (bundle.test.ts, a few smoke tests). Everything the tests write goes to a temporary directory.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, expect } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { LINK_STEP_IDS, STEP_ID } from "../../src/steps/registry.js";
import { assertFreshBundle } from "../support/bundle.js";
import { REPO_VARIANTS, type RepoVariant } from "../support/cases.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const EXAMPLES = join(ROOT, "examples");
export const GOLDEN = join(ROOT, "test", "golden");
export const CLI = join(ROOT, "dist", "cli", "index.js");
export const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

/** The order in which steps must be applied (and so appear in a plan). */
export const STEP_ORDER = LINK_STEP_IDS;

export interface Pairing {
  /** The case name, also the folder under test/golden. */
  name: string;
  repo: string;
  /** A change to the example repository (test/support/cases.ts REPO_VARIANTS), planned from a copy. */
  variant?: RepoVariant;
  request: string;
  facts: string;
  /** Changes to the example request and to its facts' `cluster`, written to a temporary file. */
  requestChanges?: Record<string, unknown>;
  clusterChanges?: Record<string, unknown>;
}

// The same pairings as test/support/cases.ts.
export const PAIRINGS: Pairing[] = [
  {
    name: "guide-iam-role-namespaced-aws-auth",
    repo: "guide",
    request: "guide-iam-role",
    facts: "guide-apps-devstg",
  },
  {
    name: "guide-bearer-token-dedicated-instance",
    repo: "guide",
    request: "guide-bearer-token",
    facts: "guide-apps-devstg",
  },
  {
    name: "leverage-2024-iam-role-cluster-admin-aws-auth",
    repo: "leverage-2024",
    request: "leverage-2024-iam-role",
    facts: "leverage-2024-apps-devstg",
  },
  {
    name: "leverage-2024-bearer-token-cluster-admin",
    repo: "leverage-2024",
    request: "leverage-2024-bearer-token",
    facts: "leverage-2024-apps-devstg",
  },
  {
    name: "leverage-2022-iam-role-edit-namespaced-aws-auth",
    repo: "leverage-2024",
    variant: "leverage-2022-chart-4",
    request: "leverage-2024-iam-role",
    facts: "leverage-2024-apps-devstg",
    requestChanges: { access: "edit", namespaces: ["demoapps", "monitoring"], "read-beyond-access": true },
    clusterChanges: { accessConfig: { authenticationMode: "CONFIG_MAP" } },
  },
  {
    name: "leverage-2024-bearer-token-view-read-beyond-access",
    repo: "leverage-2024",
    request: "leverage-2024-bearer-token",
    facts: "leverage-2024-apps-devstg",
    requestChanges: { access: "view", "read-beyond-access": true },
  },
  {
    name: "leverage-2024-real-values-iam-role-cluster-admin",
    repo: "leverage-2024",
    variant: "leverage-2024-real-values",
    request: "leverage-2024-iam-role",
    facts: "leverage-2024-apps-devstg",
  },
  {
    name: "leverage-2026-real-values-iam-role-access-entry",
    repo: "leverage-2026",
    variant: "leverage-2026-real-values",
    request: "leverage-2026-iam-role",
    facts: "leverage-2026-apps-devstg",
  },
  {
    name: "leverage-2026-iam-role-access-entry-namespaced",
    repo: "leverage-2026",
    request: "leverage-2026-iam-role",
    facts: "leverage-2026-apps-devstg",
  },
  {
    name: "leverage-2026-iam-role-aws-auth-module",
    repo: "leverage-2026",
    request: "leverage-2026-iam-role",
    facts: "leverage-2026-apps-devstg",
    requestChanges: { access: "cluster-admin", namespaces: [] },
    clusterChanges: { accessConfig: { authenticationMode: "CONFIG_MAP" } },
  },
  {
    name: "leverage-2026-iam-role-access-entry-cluster-resources",
    repo: "leverage-2026",
    request: "leverage-2026-iam-role",
    facts: "leverage-2026-apps-devstg",
    requestChanges: { "cluster-resources": true },
  },
  {
    name: "leverage-2026-bearer-token-cluster-wide",
    repo: "leverage-2026",
    request: "leverage-2026-bearer-token",
    facts: "leverage-2026-apps-devstg",
  },
  {
    name: "leverage-2024-iam-role-chart-5-release-gitops",
    repo: "leverage-2024",
    variant: "leverage-2024-release-gitops",
    request: "leverage-2024-iam-role",
    facts: "leverage-2024-apps-devstg",
  },
  {
    name: "leverage-2026-bearer-token-cluster-layer-provider",
    repo: "leverage-2026",
    variant: "leverage-2026-no-target-components",
    request: "leverage-2026-bearer-token",
    facts: "leverage-2026-apps-devstg",
  },
  {
    name: "leverage-2026-bearer-token-identities-provider",
    repo: "leverage-2026",
    variant: "leverage-2026-no-kubernetes-provider",
    request: "leverage-2026-bearer-token",
    facts: "leverage-2026-apps-devstg",
  },
  {
    name: "leverage-2026-iam-role-dedicated-instance",
    repo: "leverage-2026",
    request: "leverage-2026-dedicated",
    facts: "leverage-2026-apps-devstg",
  },
];

export interface FileJson {
  path: string;
  action: "create" | "update" | "delete";
  content: string;
}
export interface StepJson {
  id: string;
  number: number;
  total: number;
  account: string;
  layers: string[];
  title: string;
  body: string;
  apply: string[];
  files: FileJson[];
}
export interface PlanJson {
  linkId: string;
  steps: StepJson[];
  upToDate: string[];
  notes: string[];
}
export interface BranchJson {
  branch: string;
  step: string;
  commit: string;
  outcome: "created" | "updated" | "unchanged";
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The test's environment without GIT_* variables (a git hook running the tests must not leak in). */
export const BASE_ENV: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith("GIT_")),
);

export let tmp = "";
/** A git configuration with an identity, used by the tests' own git commands and by `apply`. */
export let gitEnv: NodeJS.ProcessEnv = {};

export type CliRunner = (
  args: string[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv; now?: Date },
) => Promise<Run>;

/**
 * Runs the CLI in this process, as src/cli/main.ts does, in `cwd` with exactly `env` as process.env
 * (git, run by `apply`, reads both). Tests in a file run one at a time, so swapping them is safe.
 */
export const runCliInProcess: CliRunner = async (args, options = {}) => {
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const env = options.env ?? BASE_ENV;
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  process.chdir(options.cwd ?? ROOT);
  let stdout = "";
  let stderr = "";
  try {
    const status = await runCli(args, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      ...(options.now ? { now: () => options.now! } : {}),
    });
    return { status, stdout, stderr };
  } finally {
    process.chdir(savedCwd);
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
  }
};

/** Runs the built bundle dist/cli/index.js as a child process, like a user runs the package's bin. */
export const runBuiltCli: CliRunner = async (args, options = {}) => {
  assertFreshBundle(CLI);
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? BASE_ENV,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

/** Runs git in `dir` and returns its output, untrimmed when `raw`. */
export function git(dir: string, args: string[], env: NodeJS.ProcessEnv = gitEnv, raw = false): string {
  const out = execFileSync("git", args, {
    cwd: dir,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return raw ? out : out.trim();
}

export const requestPath = (name: string) => join(EXAMPLES, "requests", `${name}.yaml`);
export const factsPath = (name: string) => join(EXAMPLES, "facts", `${name}.json`);
export const repoPath = (name: string) => join(EXAMPLES, "repos", name);

const variantCopies = new Map<string, string>();
/** The folder a pairing plans against: its example repository, or a changed copy for a variant. */
export function pairingRepo(p: Pick<Pairing, "repo" | "variant">): string {
  if (!p.variant) return repoPath(p.repo);
  const key = `${tmp}\0${p.variant}`;
  let dir = variantCopies.get(key);
  if (!dir) {
    dir = join(mkdtempSync(join(tmp, "variant-")), p.repo);
    cpSync(repoPath(p.repo), dir, { recursive: true });
    const files = new Map<string, string>();
    const walk = (rel: string): void => {
      for (const entry of readdirSync(join(dir!, rel), { withFileTypes: true })) {
        const path = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path);
        else files.set(path, readFileSync(join(dir!, path), "utf8"));
      }
    };
    walk("");
    const before = new Map(files);
    REPO_VARIANTS[p.variant](files);
    for (const path of before.keys()) if (!files.has(path)) rmSync(join(dir, path));
    for (const [path, text] of files) if (before.get(path) !== text) writeFileSync(join(dir, path), text);
    variantCopies.set(key, dir);
  }
  return dir;
}

/** Writes `text` to a new file in the temporary directory and returns its path. */
export function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmp, "input-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The example request with `changes` applied, as a JSON file (JSON is valid YAML). */
export function changedRequest(name: string, changes: Record<string, unknown>): string {
  const request = parseYaml(readFileSync(requestPath(name), "utf8")) as Record<string, unknown>;
  return tempFile(`${name}.json`, JSON.stringify({ ...request, ...changes }, null, 2));
}

/** The example facts with `changes` applied to `cluster`. */
export function changedFacts(name: string, changes: Record<string, unknown>): string {
  const facts = JSON.parse(readFileSync(factsPath(name), "utf8")) as { cluster: Record<string, unknown> };
  return tempFile(`${name}.json`, JSON.stringify({ ...facts, cluster: { ...facts.cluster, ...changes } }));
}

export function pairingArgs(p: Pairing): string[] {
  const request = p.requestChanges ? changedRequest(p.request, p.requestChanges) : requestPath(p.request);
  const facts = p.clusterChanges ? changedFacts(p.facts, p.clusterChanges) : factsPath(p.facts);
  return ["--request", request, "--facts", facts];
}

export function parsePlan(run: Run): PlanJson {
  expect(run.stderr).not.toMatch(/Unexpected failure/);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as PlanJson;
}

export const pairing = (name: string): Pairing => {
  const found = PAIRINGS.find((p) => p.name === name);
  if (!found) throw new Error(`no pairing ${name}`);
  return found;
};
export const GUIDE_IAM = pairing("guide-iam-role-namespaced-aws-auth");
export const GUIDE_TOKEN = pairing("guide-bearer-token-dedicated-instance");

/** A copy of an example repository in a new git repository with one commit on `main`. */
export function gitRepo(example: string, subfolder = ""): { top: string; dir: string; base: string } {
  const top = mkdtempSync(join(tmp, `${example}-`));
  const dir = join(top, subfolder);
  cpSync(repoPath(example), dir, { recursive: true });
  git(top, ["init", "-q", "-b", "main"]);
  git(top, ["add", "-A"]);
  git(top, ["commit", "-q", "-m", "Leverage code"]);
  return { top, dir, base: git(top, ["rev-parse", "HEAD"]) };
}

/** Every local branch and its commit, as `<sha> <ref>` lines. */
export const refs = (dir: string) =>
  git(dir, ["for-each-ref", "--format=%(objectname) %(refname)", "refs/heads"]);

/** Registers the temporary directory and git configuration of a test file (removed after it). */
export function useCliSandbox(): void {
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "argocd-cluster-link-cli-test-"));
    const home = join(tmp, "home");
    mkdirSync(home);
    const config = join(home, "gitconfig");
    writeFileSync(
      config,
      "[user]\n\tname = CLI Test\n\temail = cli-test@example.com\n[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n",
    );
    gitEnv = {
      ...BASE_ENV,
      HOME: home,
      XDG_CONFIG_HOME: join(home, ".config"),
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: config,
    };
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });
}

/**
 * `plan --json` of a pairing: only the JSON plan on stdout, in apply order, every file created or
 * updated as it says, and the same content as test/golden (which test/plan/golden.test.ts checks).
 */
export function expectGoldenPlanJson(run: Run, p: Pairing): void {
  const plan = parsePlan(run);
  expect(run.stdout.startsWith("{")).toBe(true);
  expect(run.stdout.endsWith("}\n")).toBe(true);
  expect(run.stderr).toContain(`Planning link ${plan.linkId} in ${pairingRepo(p)}\n`);
  expect(run.stdout).not.toContain("Planning link");

  expect(Object.keys(plan).sort()).toEqual(["linkId", "notes", "steps", "upToDate"]);
  expect(plan.steps.length).toBeGreaterThan(0);
  for (const step of plan.steps) {
    expect(Object.keys(step).sort()).toEqual([
      "account",
      "apply",
      "body",
      "files",
      "id",
      "layers",
      "number",
      "title",
      "total",
    ]);
    expect(step.layers.length).toBeGreaterThan(0);
    expect(step.apply.length).toBeGreaterThan(0);
    expect(step.title).not.toBe("");
    expect(step.body).not.toBe("");
    expect(step.files.length).toBeGreaterThan(0);
    for (const file of step.files) {
      expect(Object.keys(file).sort()).toEqual(["action", "content", "path"]);
      // create: a new file; update: an existing file whose content changes.
      const original = join(pairingRepo(p), file.path);
      if (file.action === "create") {
        expect(existsSync(original), `${file.path} is created but exists`).toBe(false);
      } else {
        expect(file.action).toBe("update");
        expect(readFileSync(original, "utf8"), `${file.path} is updated but unchanged`).not.toBe(
          file.content,
        );
      }
    }
  }

  // Apply order: every step after the ones it depends on.
  const ids = plan.steps.map((s) => s.id);
  const positions = ids.map((id) => STEP_ORDER.indexOf(id));
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(ids).size).toBe(ids.length);
  const method = (parseYaml(readFileSync(requestPath(p.request), "utf8")) as { method: string }).method;
  const required: string[] =
    method === "iam-role"
      ? [STEP_ID.sourceRole, STEP_ID.targetRole, STEP_ID.clusterAccess, STEP_ID.argocd]
      : [STEP_ID.targetRbac, STEP_ID.argocd];
  expect(ids.filter((id) => required.includes(id))).toEqual(required);

  // The bundle plans exactly what the sources plan (test/golden, checked by test/plan/golden.test.ts).
  const golden = JSON.parse(readFileSync(join(GOLDEN, p.name, "plan.json"), "utf8")) as unknown;
  expect({
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
  }).toEqual(golden);
  plan.steps.forEach((step) => {
    const dir = join(GOLDEN, p.name, `${step.number}-${step.id}`);
    expect(`# ${step.title}\n\n${step.body}`).toBe(readFileSync(join(dir, "pull-request.md"), "utf8"));
    for (const file of step.files) {
      expect(file.content, file.path).toBe(readFileSync(join(dir, file.path), "utf8"));
    }
  });
}
