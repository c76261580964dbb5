// The CLI, run in process with the arguments, working directory and environment a user gives it.
// test/cli/bundle.test.ts runs a few of the same checks through the built dist/cli/index.js.
// Everything the tests write goes to a temporary directory, never to examples/.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyPatch } from "diff";
import { beforeAll, describe, expect, it } from "vitest";
import { REQUEST_KEYS } from "../support/request-keys.js";
import { planLink } from "../../src/plan/plan.js";
import { CASE_DATE, exampleFacts, exampleRepo, exampleRequest, mergePlan } from "../support/cases.js";
import {
  BASE_ENV,
  EXAMPLES,
  GOLDEN,
  GUIDE_IAM,
  GUIDE_TOKEN,
  PACKAGE,
  PAIRINGS,
  STEP_ORDER,
  changedFacts,
  changedRequest,
  expectGoldenPlanJson,
  factsPath,
  git,
  gitEnv,
  gitRepo,
  pairingArgs,
  pairingRepo,
  parsePlan,
  refs,
  repoPath,
  requestPath,
  runCliInProcess as cli,
  tempFile,
  tmp,
  useCliSandbox,
  type BranchJson,
  type Pairing,
  type PlanJson,
  type Run,
  type StepJson,
} from "./support.js";

useCliSandbox();

const planRuns = new Map<string, Run>();
/** `plan --json` of a pairing, run once and shared by the tests that need it. */
async function planJsonRun(p: Pairing): Promise<Run> {
  let run = planRuns.get(p.name);
  if (!run) {
    // The golden cases' date: a new bearer token records the plan's date.
    run = await cli(["plan", "--json", "--repo", pairingRepo(p), ...pairingArgs(p)], { now: CASE_DATE });
    planRuns.set(p.name, run);
  }
  return run;
}

describe("--help and --version", () => {
  it("--help exits 0 and documents both commands, every request key and every exit code", async () => {
    const run = await cli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const help = run.stdout;
    // --repo has a default, so the usage shows it as optional.
    expect(help).toMatch(/argocd-cluster-link plan +\[--repo DIR\] --request FILE --facts FILE \[--json\]/);
    expect(help).toMatch(/argocd-cluster-link apply +\[--repo DIR\] --request FILE --facts FILE \[--json\]/);
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

  it("--version prints the version from package.json", async () => {
    const run = await cli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${PACKAGE.version}\n`);
  });
});

describe("plan --json on the examples", () => {
  it("covers every golden case and every example request", async () => {
    expect(PAIRINGS.map((p) => p.name).sort()).toEqual(readdirSync(GOLDEN).sort());
    const requests = readdirSync(join(EXAMPLES, "requests")).map((f) => f.replace(/\.yaml$/, ""));
    expect([...new Set(PAIRINGS.map((p) => p.request))].sort()).toEqual(requests.sort());
  });

  describe.each(PAIRINGS)("$name", (p) => {
    it("prints only the JSON plan on stdout, in apply order, with the golden content", async () => {
      expectGoldenPlanJson(await planJsonRun(p), p);
    });
  });
});

describe("plan (text)", () => {
  it("prints every file of every step as a unified diff that turns the repository file into the new content", async () => {
    const plan = parsePlan(await planJsonRun(GUIDE_IAM));
    // No --repo: the current directory is the repository.
    const run = await cli(["plan", ...pairingArgs(GUIDE_IAM)], { cwd: repoPath(GUIDE_IAM.repo) });
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

  it("lists every problem of an invalid request", async () => {
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
    const run = await cli([
      "plan",
      ...guideArgs,
      "--request",
      request,
      "--facts",
      factsPath("guide-apps-devstg"),
    ]);
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

  it("rejects a --request path that cannot be read", async () => {
    const missing = join(tmp, "no-such-request.yaml");
    const run = await cli([
      "plan",
      ...guideArgs,
      "--request",
      missing,
      "--facts",
      factsPath("guide-apps-devstg"),
    ]);
    expect(run.status).toBe(2);
    // One line in words, then the short usage: no errno code, no stack trace.
    expect(run.stderr.split("\n")[0]).toBe(
      `--request "${missing}" cannot be read: no such file or directory.`,
    );
    expect(run.stderr).not.toContain("ENOENT");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain("Usage:");
  });

  it("names a --repo that does not exist or is a file in one line, before reading anything", async () => {
    const missing = join(tmp, "no-such-repo");
    let run = await cli(["plan", "--repo", missing, ...pairingArgs(GUIDE_IAM)]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(`--repo "${missing}" cannot be read: no such file or directory.`);
    expect(run.stderr).not.toContain("Planning link");
    const file = tempFile("not-a-folder.txt", "x");
    run = await cli(["plan", "--repo", file, ...pairingArgs(GUIDE_IAM)]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      `--repo "${file}" is a file: give the folder of the Leverage repository.`,
    );
  });

  it("suggests the flag or command that was meant, with a short usage instead of the whole help", async () => {
    let run = await cli(["plan", "--reqest", requestPath("guide-iam-role")]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("Unknown option --reqest. Did you mean --request?");
    expect(run.stderr).toContain("Usage:\n  argocd-cluster-link plan  [--repo DIR]");
    expect(run.stderr).toContain("Run 'argocd-cluster-link --help' for every option.");
    // Short: not the request keys and exit codes of --help.
    expect(run.stderr).not.toContain("Exit codes:");
    run = await cli(["plna", ...pairingArgs(GUIDE_IAM)]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      "Expected one command, plan, apply, rotate, unlink, list or verify; got plna. Did you mean plan?",
    );
    run = await cli(["plan", "--repo"]);
    expect(run.stderr.split("\n")[0]).toBe("Option --repo needs a value.");
    run = await cli(["plan", "--zzzzzz"]);
    expect(run.stderr.split("\n")[0]).toBe("Unknown option --zzzzzz.");
  });

  it("requires --facts", async () => {
    const run = await cli(["plan", ...guideArgs, "--request", requestPath("guide-iam-role")]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/Missing --facts\b/);
  });

  it("rejects facts of a cluster that is not ACTIVE", async () => {
    const facts = changedFacts("guide-apps-devstg", { status: "CREATING" });
    const run = await cli([
      "plan",
      ...guideArgs,
      "--request",
      requestPath("guide-iam-role"),
      "--facts",
      facts,
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/- cluster\.status: .*CREATING/);
  });

  it("rejects facts of another cluster than target-cluster", async () => {
    const original = JSON.parse(readFileSync(factsPath("guide-apps-devstg"), "utf8")) as {
      cluster: { arn: string };
    };
    // Valid facts on their own: the name and the ARN agree, only the request names another cluster.
    const facts = changedFacts("guide-apps-devstg", {
      name: "other-cluster",
      arn: original.cluster.arn.replace(/cluster\/.*$/, "cluster/other-cluster"),
    });
    const run = await cli([
      "plan",
      ...guideArgs,
      "--request",
      requestPath("guide-iam-role"),
      "--facts",
      facts,
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/- target-cluster: .*other-cluster/);
    expect(run.stderr).not.toContain("cluster.arn");
  });

  it("rejects an unknown command and shows the usage", async () => {
    const run = await cli(["deploy", "--request", requestPath("guide-iam-role")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "Expected one command, plan, apply, rotate, unlink, list or verify; got deploy.",
    );
    expect(run.stderr).toContain("Usage:");
  });
});

describe("a layout that is not understood exits 3", () => {
  it("explains what is missing in a folder that is not a Leverage repository", async () => {
    const empty = mkdtempSync(join(tmp, "empty-"));
    const run = await cli(["plan", "--repo", empty, ...pairingArgs(GUIDE_IAM)]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("config/common.tfvars");
    expect(run.stderr).toContain("build.env");
  });

  it("names the ArgoCD releases found when argocd-instance matches none", async () => {
    const request = changedRequest("guide-iam-role", { "argocd-instance": "nope" });
    const run = await cli([
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

  beforeAll(async () => {
    repo = gitRepo(GUIDE_IAM.repo);
    first = await cli(["apply", "--json", "--repo", repo.dir, ...pairingArgs(GUIDE_IAM)], { env: gitEnv });
    plan = parsePlan(first);
    branches = (JSON.parse(first.stdout) as { branches: BranchJson[] }).branches;
  });

  it("--json reports one created branch per step, named after the link and the step", async () => {
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

  it("puts each step in one commit on top of main that changes exactly the step's files", async () => {
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

  it("leaves the work tree, the index and HEAD as they were", async () => {
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

  it("makes no new commit when run again, and says every branch is unchanged", async () => {
    const before = refs(repo.dir);
    const again = await cli(["apply", "--repo", repo.dir, ...pairingArgs(GUIDE_IAM)], { env: gitEnv });
    expect(again.status, again.stderr).toBe(0);
    expect(refs(repo.dir)).toBe(before);
    for (const { branch } of branches) {
      expect(again.stdout).toContain(`  ${branch} (unchanged)\n`);
      expect(again.stderr).toMatch(new RegExp(`^unchanged +${branch} `, "m"));
    }
    expect(again.stdout).not.toMatch(/\((created|updated)\)/);
    expect(git(repo.dir, ["status", "--porcelain", "--untracked-files=all"])).toBe("");
  });

  it("refuses a dirty work tree and creates no branch", async () => {
    const dirty = gitRepo(GUIDE_TOKEN.repo);
    const edited = join(dirty.dir, "config", "common.tfvars");
    writeFileSync(edited, readFileSync(edited, "utf8") + "# local edit\n");
    const run = await cli(["apply", "--repo", dirty.dir, ...pairingArgs(GUIDE_TOKEN)], { env: gitEnv });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("uncommitted changes");
    expect(refs(dirty.dir)).toBe(`${dirty.base} refs/heads/main`);
    expect(git(dirty.dir, ["status", "--porcelain"])).toBe("M config/common.tfvars");
  });

  it("commits without any git identity configured", async () => {
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
    const run = await cli(["apply", "--json", "--repo", bare.dir, ...pairingArgs(GUIDE_TOKEN)], { env });
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

  it("keeps an identity given through GIT_AUTHOR_* and GIT_COMMITTER_* when git has no configured one", async () => {
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
    const run = await cli(["apply", "--json", "--repo", repo.dir, ...pairingArgs(GUIDE_TOKEN)], { env });
    expect(run.status, run.stderr).toBe(0);
    const { branches } = JSON.parse(run.stdout) as { branches: BranchJson[] };
    expect(branches.length).toBeGreaterThan(0);
    for (const { branch } of branches) {
      expect(git(repo.dir, ["log", "-1", "--format=%an <%ae> / %cn <%ce>", branch])).toBe(
        "Ada Author <ada@example.com> / Cy Committer <cy@example.com>",
      );
    }
  });

  it("commits the files under --repo when it is a folder inside a larger git work tree", async () => {
    const mono = gitRepo(GUIDE_IAM.repo, "infra/leverage");
    const run = await cli(["apply", "--json", "--repo", mono.dir, ...pairingArgs(GUIDE_IAM)], {
      env: gitEnv,
    });
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

describe("rotate", () => {
  const LAYER = "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components";
  const PATH = `${LAYER}/argocd_link_demoapps_readonly.tf`;

  /** A clone of leverage-2026 where the bearer-token link is merged. */
  async function linkedRepo(): Promise<string> {
    const repo = gitRepo("leverage-2026");
    const memory = await exampleRepo("leverage-2026");
    mergePlan(
      memory,
      await planLink(
        memory,
        exampleRequest("leverage-2026-bearer-token"),
        exampleFacts("leverage-2026-apps-devstg"),
      ),
    );
    writeFileSync(join(repo.dir, PATH), memory.files.get(PATH)!);
    git(repo.dir, ["add", "-A"]);
    git(repo.dir, ["commit", "-q", "-m", "link"]);
    return repo.dir;
  }

  it("writes one branch per target layer with due tokens; a rerun makes no commit", async () => {
    const dir = await linkedRepo();
    const now = new Date("2026-12-01T06:00:00Z");
    const run = await cli(["rotate", "--json", "--repo", dir], { env: gitEnv, now });
    expect(run.stderr).not.toContain("Unexpected");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      links: { link: string; state: string }[];
      batches: { branch: string; outcome: string; files: string[]; apply: string[] }[];
    };
    expect(out.links).toMatchObject([{ link: "demoapps-readonly", state: "due", "age-days": null }]);
    const branch =
      "argocd-cluster-link/rotation.apps-devstg-us-east-1-k8s-eks-demoapps-k8s-components/rotate-token";
    expect(out.batches).toMatchObject([{ branch, outcome: "created", files: [PATH] }]);
    const rotated = git(dir, ["show", `${branch}:${PATH}`], gitEnv, true);
    expect(rotated).toContain('generate_name = "argocd-link-demoapps-readonly-g1-"');
    expect(rotated).toContain("# token-created: 2026-12-01T06:00:00Z");
    // The work tree is not touched.
    expect(readFileSync(join(dir, PATH), "utf8")).not.toContain("token-created");

    const again = await cli(["rotate", "--repo", dir], { env: gitEnv, now });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`${branch} (unchanged)`);
  });

  it("rotates nothing younger than 30 days unless forced; an unknown --link is exit code 2", async () => {
    const dir = await linkedRepo();
    const text = readFileSync(join(dir, PATH), "utf8").replace(
      "\n\nresource",
      "\n# token-created: 2026-11-20T00:00:00Z\n\nresource",
    );
    writeFileSync(join(dir, PATH), text);
    git(dir, ["commit", "-q", "-am", "rotated"]);
    const now = new Date("2026-12-01T00:00:00Z");
    const run = await cli(["rotate", "--repo", dir], { env: gitEnv, now });
    expect(run.stdout).toMatch(/demoapps-readonly +11 days +current/);
    expect(run.stdout).toContain("No token is due: nothing to write.");
    const forced = await cli(["rotate", "--repo", dir, "--link", "demoapps-readonly"], { env: gitEnv, now });
    expect(forced.stdout).toContain("(created)");
    const unknown = await cli(["rotate", "--repo", dir, "--link", "nope"], { env: gitEnv, now });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      'links: is not a bearer-token link of this repository (links: demoapps-readonly) (got "nope")',
    );
  });
});
