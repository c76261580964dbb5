import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LayoutError } from "../../src/core/errors.js";
import { LocalGit } from "../../src/git/local-branches.js";
import type { Step } from "../../src/plan/types.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const IDENTITY = {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
};

/** A repository whose one commit holds `values.yaml` and `linked.yaml`, a symbolic link to it. */
function repoWithLink(): { git: LocalGit; base: string } {
  const dir = mkdtempSync(join(tmpdir(), "argocd-cluster-link-git-"));
  dirs.push(dir);
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, ...IDENTITY } }).trim();
  git("init", "-q", "-b", "main");
  writeFileSync(join(dir, "values.yaml"), "a: 1\n");
  symlinkSync("values.yaml", join(dir, "linked.yaml"));
  git("add", "-A");
  git("-c", "commit.gpgsign=false", "commit", "-q", "-m", "base");
  return { git: new LocalGit(dir), base: git("rev-parse", "HEAD") };
}

const step = (path: string): Step =>
  ({
    id: "argocd",
    number: 1,
    total: 1,
    account: "shared",
    layers: [],
    title: "t",
    body: "b",
    apply: [],
    files: [{ path, action: "update", content: "b: 2\n" }],
  }) as unknown as Step;

describe("LocalGit.writeStep", () => {
  it("refuses to replace a symbolic link with file content", () => {
    const { git, base } = repoWithLink();
    expect(() => git.writeStep("link/argocd", base, step("linked.yaml"), "m")).toThrow(LayoutError);
    expect(() => git.writeStep("link/argocd", base, step("linked.yaml"), "m")).toThrow(
      /linked\.yaml is a symbolic link in [0-9a-f]{12}, not a file: refusing to replace it/,
    );
    expect(git.resolve("refs/heads/link/argocd")).toBeUndefined();
  });

  it("still writes a regular file", () => {
    const { git, base } = repoWithLink();
    expect(git.writeStep("link/argocd", base, step("values.yaml"), "m").outcome).toBe("created");
  });
});
