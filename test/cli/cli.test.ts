// End-to-end tests of the CLI as shipped: the built bundle dist/cli/index.js, run as a child
// process like a user would run it. CI builds before testing; locally run `npm run build` first.
// Everything the tests write goes to a temporary directory, never to examples/.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyPatch } from "diff";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LINK_STEP_IDS, STEP_ID } from "../../src/steps/registry.js";
import { REQUEST_KEYS } from "../support/request-keys.js";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLES = join(ROOT, "examples");
const GOLDEN = join(ROOT, "test", "golden");
const CLI = join(ROOT, "dist", "cli", "index.js");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

/** The order in which steps must be applied (and so appear in a plan). */
const STEP_ORDER = LINK_STEP_IDS;

interface Pairing {
  /** The case name, also the folder under test/golden. */
  name: string;
  repo: string;
  request: string;
  facts: string;
  /** Changes to the example request and to its facts' `cluster`, written to a temporary file. */
  requestChanges?: Record<string, unknown>;
  clusterChanges?: Record<string, unknown>;
}

// The same pairings as test/support/cases.ts.
const PAIRINGS: Pairing[] = [
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
    name: "leverage-2024-bearer-token-namespaced",
    repo: "leverage-2024",
    request: "leverage-2024-bearer-token",
    facts: "leverage-2024-apps-devstg",
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
    name: "leverage-2026-iam-role-dedicated-instance",
    repo: "leverage-2026",
    request: "leverage-2026-dedicated",
    facts: "leverage-2026-apps-devstg",
  },
];

interface FileJson {
  path: string;
  action: "create" | "update";
  content: string;
}
interface StepJson {
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
interface PlanJson {
  linkId: string;
  steps: StepJson[];
  upToDate: string[];
  notes: string[];
}
interface BranchJson {
  branch: string;
  step: string;
  commit: string;
  outcome: "created" | "updated" | "unchanged";
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The test's environment without GIT_* variables (a git hook running the tests must not leak in). */
const BASE_ENV: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith("GIT_")),
);

let tmp = "";
/** A git configuration with an identity, used by the tests' own git commands and by `apply`. */
let gitEnv: NodeJS.ProcessEnv = {};

function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? BASE_ENV,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs git in `dir` and returns its output, untrimmed when `raw`. */
function git(dir: string, args: string[], env: NodeJS.ProcessEnv = gitEnv, raw = false): string {
  const out = execFileSync("git", args, {
    cwd: dir,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return raw ? out : out.trim();
}

const requestPath = (name: string) => join(EXAMPLES, "requests", `${name}.yaml`);
const factsPath = (name: string) => join(EXAMPLES, "facts", `${name}.json`);
const repoPath = (name: string) => join(EXAMPLES, "repos", name);

/** Writes `text` to a new file in the temporary directory and returns its path. */
function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmp, "input-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The example request with `changes` applied, as a JSON file (JSON is valid YAML). */
function changedRequest(name: string, changes: Record<string, unknown>): string {
  const request = parseYaml(readFileSync(requestPath(name), "utf8")) as Record<string, unknown>;
  return tempFile(`${name}.json`, JSON.stringify({ ...request, ...changes }, null, 2));
}

/** The example facts with `changes` applied to `cluster`. */
function changedFacts(name: string, changes: Record<string, unknown>): string {
  const facts = JSON.parse(readFileSync(factsPath(name), "utf8")) as { cluster: Record<string, unknown> };
  return tempFile(`${name}.json`, JSON.stringify({ ...facts, cluster: { ...facts.cluster, ...changes } }));
}

function pairingArgs(p: Pairing): string[] {
  const request = p.requestChanges ? changedRequest(p.request, p.requestChanges) : requestPath(p.request);
  const facts = p.clusterChanges ? changedFacts(p.facts, p.clusterChanges) : factsPath(p.facts);
  return ["--request", request, "--facts", facts];
}

const planRuns = new Map<string, Run>();
/** `plan --json` of a pairing, run once and shared by the tests that need it. */
function planJsonRun(p: Pairing): Run {
  let run = planRuns.get(p.name);
  if (!run) {
    run = cli(["plan", "--json", "--repo", repoPath(p.repo), ...pairingArgs(p)]);
    planRuns.set(p.name, run);
  }
  return run;
}

function parsePlan(run: Run): PlanJson {
  expect(run.stderr).not.toMatch(/Unexpected failure/);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as PlanJson;
}

const pairing = (name: string): Pairing => {
  const found = PAIRINGS.find((p) => p.name === name);
  if (!found) throw new Error(`no pairing ${name}`);
  return found;
};
const GUIDE_IAM = pairing("guide-iam-role-namespaced-aws-auth");
const GUIDE_TOKEN = pairing("guide-bearer-token-dedicated-instance");

/** A copy of an example repository in a new git repository with one commit on `main`. */
function gitRepo(example: string, subfolder = ""): { top: string; dir: string; base: string } {
  const top = mkdtempSync(join(tmp, `${example}-`));
  const dir = join(top, subfolder);
  cpSync(repoPath(example), dir, { recursive: true });
  git(top, ["init", "-q", "-b", "main"]);
  git(top, ["add", "-A"]);
  git(top, ["commit", "-q", "-m", "Leverage code"]);
  return { top, dir, base: git(top, ["rev-parse", "HEAD"]) };
}

/** Every local branch and its commit, as `<sha> <ref>` lines. */
const refs = (dir: string) => git(dir, ["for-each-ref", "--format=%(objectname) %(refname)", "refs/heads"]);

beforeAll(() => {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: these tests run the built CLI, so run \`npm run build\` first.`);
  }
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

describe("--help and --version", () => {
  it("--help exits 0 and documents both commands, every request key and every exit code", () => {
    const run = cli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const help = run.stdout;
    expect(help).toMatch(/argocd-cluster-link plan +--repo DIR --request FILE --facts FILE \[--json\]/);
    expect(help).toMatch(/argocd-cluster-link apply +--repo DIR --request FILE --facts FILE \[--json\]/);
    const commands = help.split(/^Commands:$/m)[1]?.split(/^Options:$/m)[0] ?? "";
    expect(commands).toMatch(/^ {2}plan +\S/m);
    expect(commands).toMatch(/^ {2}apply +\S/m);
    for (const option of ["--repo", "--request", "--facts", "--json"]) {
      expect(help, option).toMatch(new RegExp(`^ {2}${option} `, "m"));
    }
    for (const key of REQUEST_KEYS) {
      // The whole key: "target-cluster" alone must be documented, not only inside "target-cluster-layer".
      expect(help, key).toMatch(new RegExp(`(?<![\\w-])${key}(?![\\w-])`));
    }
    const exitCodes = help.split(/^Exit codes:$/m)[1] ?? "";
    for (const code of [0, 1, 2, 3])
      expect(exitCodes, `exit code ${code}`).toMatch(new RegExp(`^ +${code} +\\S`, "m"));
  });

  it("--version prints the version from package.json", () => {
    const run = cli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${PACKAGE.version}\n`);
  });
});

describe("plan --json on the examples", () => {
  it("covers every golden case and every example request", () => {
    expect(PAIRINGS.map((p) => p.name).sort()).toEqual(readdirSync(GOLDEN).sort());
    const requests = readdirSync(join(EXAMPLES, "requests")).map((f) => f.replace(/\.yaml$/, ""));
    expect([...new Set(PAIRINGS.map((p) => p.request))].sort()).toEqual(requests.sort());
  });

  describe.each(PAIRINGS)("$name", (p) => {
    it("prints only the JSON plan on stdout, in apply order, with the golden content", () => {
      const run = planJsonRun(p);
      const plan = parsePlan(run);
      expect(run.stdout.startsWith("{")).toBe(true);
      expect(run.stdout.endsWith("}\n")).toBe(true);
      expect(run.stderr).toContain(`Planning link ${plan.linkId} in ${repoPath(p.repo)}\n`);
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
          const original = join(repoPath(p.repo), file.path);
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
    });
  });
});

describe("plan (text)", () => {
  it("prints every file of every step as a unified diff that turns the repository file into the new content", () => {
    const plan = parsePlan(planJsonRun(GUIDE_IAM));
    // No --repo: the current directory is the repository.
    const run = cli(["plan", ...pairingArgs(GUIDE_IAM)], { cwd: repoPath(GUIDE_IAM.repo) });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Planning link apps-devstg in ${repoPath(GUIDE_IAM.repo)}\n`);
    expect(run.stdout).toMatch(/^Link apps-devstg: 5 step\(s\)/);
    const actions = new Set(plan.steps.flatMap((s) => s.files.map((f) => f.action)));
    expect([...actions].sort()).toEqual(["create", "update"]);

    const lines = run.stdout.split("\n");
    for (const file of plan.steps.flatMap((s) => s.files)) {
      const before = file.action === "create" ? "/dev/null" : `a/${file.path}`;
      const start = lines.indexOf(`+++ b/${file.path}`) - 1;
      expect(start, `diff of ${file.path}`).toBeGreaterThan(0);
      expect(lines[start]).toBe(`--- ${before}`);
      expect(lines[start + 2]).toMatch(/^@@ -\d+(,\d+)? \+\d+(,\d+)? @@/);
      // A patch ends at the first empty line: its empty context lines are written as " ".
      const end = lines.indexOf("", start);
      const patch = lines.slice(start, end === -1 ? undefined : end).join("\n") + "\n";
      const original =
        file.action === "create" ? "" : readFileSync(join(repoPath(GUIDE_IAM.repo), file.path), "utf8");
      expect(applyPatch(original, patch), file.path).toBe(file.content);
    }
  });
});

describe("invalid input exits 2", () => {
  const guideArgs = ["--repo", repoPath("guide")];

  it("lists every problem of an invalid request", () => {
    const request = tempFile(
      "bad.yaml",
      [
        "source-account: shared",
        "target-account: apps-devstg",
        "target-region: mars-north-1",
        "target-cluster: bb-apps-devstg-eks",
        "method: carrier-pigeon",
        "access: superuser",
        "colour: blue",
      ].join("\n"),
    );
    const run = cli(["plan", ...guideArgs, "--request", request, "--facts", factsPath("guide-apps-devstg")]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toContain("Planning link");
    for (const [field, value] of [
      ["target-region", "mars-north-1"],
      ["method", "carrier-pigeon"],
      ["access", "superuser"],
      ["colour", "blue"],
    ]) {
      expect(run.stderr, field).toMatch(new RegExp(`^ +- ${field}: .*${value}`, "m"));
    }
    // The keys the product accepts are the ones --help documents.
    const allowed = /allowed keys are: ([^(\n]*)/.exec(run.stderr)?.[1]?.trim().split(", ");
    expect(allowed?.sort()).toEqual([...REQUEST_KEYS].sort());
  });

  it("rejects a --request path that cannot be read", () => {
    const missing = join(tmp, "no-such-request.yaml");
    const run = cli(["plan", ...guideArgs, "--request", missing, "--facts", factsPath("guide-apps-devstg")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--request");
    expect(run.stderr).toContain(missing);
    expect(run.stderr).toContain("ENOENT");
  });

  it("requires --facts", () => {
    const run = cli(["plan", ...guideArgs, "--request", requestPath("guide-iam-role")]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/Missing --facts\b/);
  });

  it("rejects facts of a cluster that is not ACTIVE", () => {
    const facts = changedFacts("guide-apps-devstg", { status: "CREATING" });
    const run = cli(["plan", ...guideArgs, "--request", requestPath("guide-iam-role"), "--facts", facts]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/- cluster\.status: .*CREATING/);
  });

  it("rejects facts of another cluster than target-cluster", () => {
    const original = JSON.parse(readFileSync(factsPath("guide-apps-devstg"), "utf8")) as {
      cluster: { arn: string };
    };
    // Valid facts on their own: the name and the ARN agree, only the request names another cluster.
    const facts = changedFacts("guide-apps-devstg", {
      name: "other-cluster",
      arn: original.cluster.arn.replace(/cluster\/.*$/, "cluster/other-cluster"),
    });
    const run = cli(["plan", ...guideArgs, "--request", requestPath("guide-iam-role"), "--facts", facts]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/- target-cluster: .*other-cluster/);
    expect(run.stderr).not.toContain("cluster.arn");
  });

  it("rejects an unknown command and shows the usage", () => {
    const run = cli(["deploy", "--request", requestPath("guide-iam-role")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Expected one command, plan or apply; got deploy.");
    expect(run.stderr).toContain("Usage:");
  });
});

describe("a layout that is not understood exits 3", () => {
  it("explains what is missing in a folder that is not a Leverage repository", () => {
    const empty = mkdtempSync(join(tmp, "empty-"));
    const run = cli(["plan", "--repo", empty, ...pairingArgs(GUIDE_IAM)]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("config/common.tfvars");
    expect(run.stderr).toContain("build.env");
  });

  it("names the ArgoCD releases found when argocd-instance matches none", () => {
    const request = changedRequest("guide-iam-role", { "argocd-instance": "nope" });
    const run = cli([
      "plan",
      "--repo",
      repoPath("guide"),
      "--request",
      request,
      "--facts",
      factsPath("guide-apps-devstg"),
    ]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/"nope"/);
    expect(run.stderr).toContain("shared/us-east-1/k8s-eks/k8s-components/cicd-argocd.tf");
  });
});

describe("apply", () => {
  let repo: { top: string; dir: string; base: string };
  let first: Run;
  let plan: PlanJson;
  let branches: BranchJson[];

  beforeAll(() => {
    repo = gitRepo(GUIDE_IAM.repo);
    first = cli(["apply", "--json", "--repo", repo.dir, ...pairingArgs(GUIDE_IAM)], { env: gitEnv });
    plan = parsePlan(first);
    branches = (JSON.parse(first.stdout) as { branches: BranchJson[] }).branches;
  });

  it("--json reports one created branch per step, named after the link and the step", () => {
    expect(first.status, first.stderr).toBe(0);
    expect(Object.keys(JSON.parse(first.stdout) as object).sort()).toEqual([
      "branches",
      "linkId",
      "notes",
      "steps",
      "upToDate",
    ]);
    expect(plan.steps.map((s) => s.id)).toEqual(STEP_ORDER);
    expect(branches).toHaveLength(plan.steps.length);
    plan.steps.forEach((step, i) => {
      const branch = branches[i]!;
      expect(Object.keys(branch).sort()).toEqual(["branch", "commit", "outcome", "step"]);
      expect(branch.branch).toBe(`argocd-cluster-link/${plan.linkId}/${step.id}`);
      expect(branch.step).toBe(step.id);
      expect(branch.outcome).toBe("created");
      expect(branch.commit).toBe(git(repo.dir, ["rev-parse", `refs/heads/${branch.branch}`]));
      expect(first.stderr).toContain(`created   ${branch.branch} ${branch.commit.slice(0, 12)}`);
    });
    const expected = [
      `${repo.base} refs/heads/main`,
      ...branches.map((b) => `${b.commit} refs/heads/${b.branch}`),
    ];
    expect(refs(repo.dir).split("\n").sort()).toEqual(expected.sort());
  });

  it("puts each step in one commit on top of main that changes exactly the step's files", () => {
    plan.steps.forEach((step, i) => {
      const { branch } = branches[i]!;
      expect(git(repo.dir, ["rev-list", "--count", `main..${branch}`])).toBe("1");
      expect(git(repo.dir, ["rev-parse", `${branch}^`])).toBe(repo.base);
      const changed = git(repo.dir, ["diff", "--no-renames", "--name-status", "main", branch]).split("\n");
      const expected = step.files.map((f) => `${f.action === "create" ? "A" : "M"}\t${f.path}`);
      expect(changed.sort(), branch).toEqual(expected.sort());
      for (const file of step.files) {
        expect(git(repo.dir, ["show", `${branch}:${file.path}`], gitEnv, true)).toBe(file.content);
      }
      expect(git(repo.dir, ["log", "-1", "--format=%s", branch])).toBe(step.title);
      expect(git(repo.dir, ["log", "-1", "--format=%b", branch])).toBe(step.body.trim());
      expect(git(repo.dir, ["log", "-1", "--format=%an <%ae>", branch])).toBe(
        "CLI Test <cli-test@example.com>",
      );
    });
  });

  it("leaves the work tree, the index and HEAD as they were", () => {
    expect(git(repo.dir, ["status", "--porcelain", "--untracked-files=all"])).toBe("");
    expect(git(repo.dir, ["symbolic-ref", "HEAD"])).toBe("refs/heads/main");
    expect(git(repo.dir, ["rev-parse", "HEAD"])).toBe(repo.base);
    for (const file of plan.steps.flatMap((s) => s.files)) {
      const path = join(repo.dir, file.path);
      if (file.action === "create") expect(existsSync(path), file.path).toBe(false);
      else
        expect(readFileSync(path, "utf8")).toBe(
          readFileSync(join(repoPath(GUIDE_IAM.repo), file.path), "utf8"),
        );
    }
  });

  it("makes no new commit when run again, and says every branch is unchanged", () => {
    const before = refs(repo.dir);
    const again = cli(["apply", "--repo", repo.dir, ...pairingArgs(GUIDE_IAM)], { env: gitEnv });
    expect(again.status, again.stderr).toBe(0);
    expect(refs(repo.dir)).toBe(before);
    for (const { branch } of branches) {
      expect(again.stdout).toContain(`  ${branch} (unchanged)\n`);
      expect(again.stderr).toMatch(new RegExp(`^unchanged +${branch} `, "m"));
    }
    expect(again.stdout).not.toMatch(/\((created|updated)\)/);
    expect(git(repo.dir, ["status", "--porcelain", "--untracked-files=all"])).toBe("");
  });

  it("refuses a dirty work tree and creates no branch", () => {
    const dirty = gitRepo(GUIDE_TOKEN.repo);
    const edited = join(dirty.dir, "config", "common.tfvars");
    writeFileSync(edited, readFileSync(edited, "utf8") + "# local edit\n");
    const run = cli(["apply", "--repo", dirty.dir, ...pairingArgs(GUIDE_TOKEN)], { env: gitEnv });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("uncommitted changes");
    expect(refs(dirty.dir)).toBe(`${dirty.base} refs/heads/main`);
    expect(git(dirty.dir, ["status", "--porcelain"])).toBe("M config/common.tfvars");
  });

  it("commits without any git identity configured", () => {
    const bare = gitRepo(GUIDE_TOKEN.repo);
    const home = mkdtempSync(join(tmp, "empty-home-"));
    const env: NodeJS.ProcessEnv = {
      ...BASE_ENV,
      HOME: home,
      XDG_CONFIG_HOME: join(home, ".config"),
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
    };
    delete env.EMAIL;
    // Precondition: git really has no identity here.
    expect(() => git(bare.dir, ["config", "user.email"], env)).toThrow();
    const run = cli(["apply", "--json", "--repo", bare.dir, ...pairingArgs(GUIDE_TOKEN)], { env });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { steps: StepJson[]; branches: BranchJson[] };
    expect(result.branches.map((b) => b.outcome)).toEqual(result.steps.map(() => "created"));
    for (const { branch, commit } of result.branches) {
      expect(git(bare.dir, ["rev-parse", `refs/heads/${branch}`])).toBe(commit);
      expect(git(bare.dir, ["rev-parse", `${branch}^`])).toBe(bare.base);
      expect(git(bare.dir, ["log", "-1", "--format=%an|%ae|%cn|%ce", branch])).toMatch(
        /^[^|]+\|[^|]+@[^|]+\|[^|]+\|[^|]+@/,
      );
    }
  });

  it("keeps an identity given through GIT_AUTHOR_* and GIT_COMMITTER_* when git has no configured one", () => {
    const repo = gitRepo(GUIDE_TOKEN.repo);
    const home = mkdtempSync(join(tmp, "empty-home-"));
    const env: NodeJS.ProcessEnv = {
      ...BASE_ENV,
      HOME: home,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_AUTHOR_NAME: "Ada Author",
      GIT_AUTHOR_EMAIL: "ada@example.com",
      GIT_COMMITTER_NAME: "Cy Committer",
      GIT_COMMITTER_EMAIL: "cy@example.com",
    };
    const run = cli(["apply", "--json", "--repo", repo.dir, ...pairingArgs(GUIDE_TOKEN)], { env });
    expect(run.status, run.stderr).toBe(0);
    const { branches } = JSON.parse(run.stdout) as { branches: BranchJson[] };
    expect(branches.length).toBeGreaterThan(0);
    for (const { branch } of branches) {
      expect(git(repo.dir, ["log", "-1", "--format=%an <%ae> / %cn <%ce>", branch])).toBe(
        "Ada Author <ada@example.com> / Cy Committer <cy@example.com>",
      );
    }
  });

  it("commits the files under --repo when it is a folder inside a larger git work tree", () => {
    const mono = gitRepo(GUIDE_IAM.repo, "infra/leverage");
    const run = cli(["apply", "--json", "--repo", mono.dir, ...pairingArgs(GUIDE_IAM)], { env: gitEnv });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { steps: StepJson[]; branches: BranchJson[] };
    result.steps.forEach((step, i) => {
      const { branch } = result.branches[i]!;
      const changed = git(mono.top, ["diff", "--no-renames", "--name-status", "main", branch]).split("\n");
      const expected = step.files.map(
        (f) => `${f.action === "create" ? "A" : "M"}\tinfra/leverage/${f.path}`,
      );
      expect(changed.sort(), branch).toEqual(expected.sort());
    });
    expect(git(mono.top, ["status", "--porcelain", "--untracked-files=all"])).toBe("");
  });
});
