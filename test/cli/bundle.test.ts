// Smoke tests of the CLI as shipped: the built bundle dist/cli/index.js (the package's bin), run as
// a child process. cli.test.ts runs every scenario in process; a dist/ built from other sources
// than src/ fails here at once.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertFreshBundle } from "../support/bundle.js";
import {
  CLI,
  GUIDE_IAM,
  PACKAGE,
  ROOT,
  STEP_ORDER,
  expectGoldenPlanJson,
  git,
  gitEnv,
  gitRepo,
  pairingArgs,
  parsePlan,
  repoPath,
  runBuiltCli as cli,
  tmp,
  useCliSandbox,
  type BranchJson,
} from "./support.js";
import { linkedFolder, startVerifyWorld, type VerifyWorld } from "./linked-world.js";

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

  describe("list and verify", () => {
    /** The bundle as a child process that does not block this one, which serves the fakes. */
    const cliAsync = (args: string[], env: NodeJS.ProcessEnv) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("error", reject);
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
    let world: VerifyWorld | undefined;
    afterAll(async () => {
      await world?.close();
    });

    it("list and verify load their chunks and read the repository, AWS (default chain) and ArgoCD", async () => {
      const repo = await linkedFolder(tmp);
      const list = await cli(["list", "--repo", repo, "--json"]);
      expect(list.status, list.stderr).toBe(0);
      expect((JSON.parse(list.stdout) as { name: string }[]).map((l) => l.name)).toEqual([
        "demoapps",
        "demoapps-readonly",
      ]);
      world = await startVerifyWorld(tmp);
      const verify = await cliAsync(
        ["verify", "--repo", repo, "--link", "demoapps", "--argocd-server", world.argocd.url, "--json"],
        world.env,
      );
      expect(verify.status, verify.stderr).toBe(0);
      expect(JSON.parse(verify.stdout)).toMatchObject({ link: "demoapps", linked: true });
      expect(verify.stdout + verify.stderr).not.toContain(world.argocd.token);
    });
  });
});
