// Smoke tests of the CLI as shipped: the built bundle dist/cli/index.js (the package's bin), run as
// a child process. cli.test.ts runs every scenario in process; a dist/ built from other sources
// than src/ fails here at once.
import { beforeAll, describe, expect, it } from "vitest";
import { assertFreshBundle } from "../support/bundle.js";
import {
  CLI,
  GUIDE_IAM,
  PACKAGE,
  STEP_ORDER,
  expectGoldenPlanJson,
  git,
  gitEnv,
  gitRepo,
  pairingArgs,
  parsePlan,
  repoPath,
  runBuiltCli as cli,
  useCliSandbox,
  type BranchJson,
} from "./support.js";

useCliSandbox();
beforeAll(() => assertFreshBundle(CLI));

describe("the built CLI", () => {
  it("--version prints the version from package.json", async () => {
    const run = await cli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${PACKAGE.version}\n`);
  });

  it("plan --json prints the golden plan", async () => {
    expectGoldenPlanJson(
      await cli(["plan", "--json", "--repo", repoPath(GUIDE_IAM.repo), ...pairingArgs(GUIDE_IAM)]),
      GUIDE_IAM,
    );
  });

  it("apply writes one branch per step with git", async () => {
    const repo = gitRepo(GUIDE_IAM.repo);
    const run = await cli(["apply", "--json", "--repo", repo.dir, ...pairingArgs(GUIDE_IAM)], {
      env: gitEnv,
    });
    const plan = parsePlan(run);
    const { branches } = JSON.parse(run.stdout) as { branches: BranchJson[] };
    expect(plan.steps.map((s) => s.id)).toEqual(STEP_ORDER);
    expect(branches.map((b) => [b.step, b.outcome])).toEqual(STEP_ORDER.map((id) => [id, "created"]));
    for (const { branch, commit } of branches) {
      expect(git(repo.dir, ["rev-parse", `refs/heads/${branch}`])).toBe(commit);
      expect(git(repo.dir, ["rev-parse", `${branch}^`])).toBe(repo.base);
    }
  });
});
