// `unlink` through the CLI: link with apply, merge the branches, then unlink writes one branch per
// step in reverse order whose merge gives back the original tree; --dry-run --json only prints.
import { beforeAll, describe, expect, it } from "vitest";
import {
  GUIDE_IAM,
  git,
  gitEnv,
  gitRepo,
  pairingArgs,
  runCliInProcess as cli,
  useCliSandbox,
  type BranchJson,
  type PlanJson,
} from "./support.js";

useCliSandbox();

/** Merges the branches into main in order, as the pull requests would be. */
function mergeAll(dir: string, branches: BranchJson[]): void {
  git(dir, ["checkout", "-q", "main"]);
  for (const b of branches) git(dir, ["merge", "-q", "--no-edit", "--no-ff", b.branch]);
}

describe("unlink", () => {
  let repo: { top: string; dir: string; base: string };
  let linkId: string;

  beforeAll(async () => {
    repo = gitRepo(GUIDE_IAM.repo);
    const run = await cli(["apply", "--json", "--repo", repo.dir, ...pairingArgs(GUIDE_IAM)], {
      env: gitEnv,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as PlanJson & { branches: BranchJson[] };
    linkId = out.linkId;
    mergeAll(repo.dir, out.branches);
  });

  it("--dry-run --json prints the plan, delete actions included, and writes nothing", async () => {
    const refsBefore = git(repo.dir, ["for-each-ref"]);
    const run = await cli(["unlink", "--dry-run", "--json", "--repo", repo.dir, "--link", linkId], {
      env: gitEnv,
    });
    expect(run.status, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout) as PlanJson;
    expect(plan.steps.map((s) => s.id)).toEqual([
      "unlink-argocd",
      "unlink-cluster-access",
      "unlink-target-rbac",
      "unlink-target-role",
      "unlink-source-role",
    ]);
    const actions = plan.steps.flatMap((s) => s.files.map((f) => f.action));
    expect(actions).toContain("delete");
    for (const f of plan.steps.flatMap((s) => s.files)) if (f.action === "delete") expect(f.content).toBe("");
    expect(git(repo.dir, ["for-each-ref"])).toBe(refsBefore);
  });

  it("writes one branch per step; merged in order they give back the original tree", async () => {
    const run = await cli(["unlink", "--json", "--repo", repo.dir, "--link", linkId], { env: gitEnv });
    expect(run.status, run.stderr).toBe(0);
    const { branches } = JSON.parse(run.stdout) as { branches: BranchJson[] };
    expect(branches.map((b) => b.branch)).toEqual(
      branches.map((b) => `argocd-cluster-link/${linkId}/${b.step}`),
    );
    expect(branches.every((b) => b.outcome === "created")).toBe(true);
    mergeAll(repo.dir, branches);
    // The original tree, but for the one instance-wide line the unlink keeps on purpose (named in its body).
    const diff = git(repo.dir, ["diff", "--unified=0", "--no-color", repo.base, "HEAD"]);
    const changed = diff.split("\n").filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));
    expect(changed).toEqual(['+    resource.respectRBAC: "normal"']);
    expect(diff).toMatch(/^\+\+\+ b\/.*chart-values\/argocd\.yaml$/m);
    expect(git(repo.dir, ["diff", "--name-only", repo.base, "HEAD"]).trim().split("\n")).toHaveLength(1);
  });

  it("an unknown name exits 2 naming the links that exist; no --link exits 2", async () => {
    const unknown = await cli(["unlink", "--dry-run", "--repo", repo.dir, "--link", "nope"], { env: gitEnv });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("names no link in this repository");
    const missing = await cli(["unlink", "--repo", repo.dir], { env: gitEnv });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Missing --link NAME");
  });
});
