// Writes each step of a plan as a commit on its own local branch, with git plumbing only: the work
// tree, the index and the checked-out branch are never touched. A rerun with the same plan makes
// no new commit; a changed plan adds a commit on top of the branch (keeping commits made there).

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LayoutError } from "../core/errors.js";
import type { Step } from "../plan/types.js";

export interface BranchResult {
  branch: string;
  step: string;
  commit: string;
  /** created: new branch; updated: new commit on an existing branch; unchanged: nothing to do. */
  outcome: "created" | "updated" | "unchanged";
}

export class LocalGit {
  constructor(readonly dir: string) {}

  git(args: string[], input?: string, env?: NodeJS.ProcessEnv): string {
    return execFileSync("git", args, {
      cwd: this.dir,
      input,
      env: { ...process.env, ...env },
      encoding: "utf8",
      stdio: ["pipe", "pipe", "pipe"],
    }).trim();
  }

  /**
   * A committer identity for machines where git has none (CI, fresh containers). `git var` fails
   * exactly when git would refuse to commit; it honours GIT_AUTHOR_* / GIT_COMMITTER_* and the config.
   */
  private identity(): NodeJS.ProcessEnv {
    try {
      this.git(["var", "GIT_AUTHOR_IDENT"]);
      this.git(["var", "GIT_COMMITTER_IDENT"]);
      return {};
    } catch {
      const name = "argocd-cluster-link";
      const email = "argocd-cluster-link@users.noreply.github.com";
      return {
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_COMMITTER_NAME: name,
        GIT_COMMITTER_EMAIL: email,
      };
    }
  }

  isRepository(): boolean {
    try {
      return this.git(["rev-parse", "--is-inside-work-tree"]) === "true";
    } catch {
      return false;
    }
  }

  isClean(): boolean {
    return this.git(["status", "--porcelain"]) === "";
  }

  resolve(ref: string): string | undefined {
    try {
      return this.git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    } catch {
      return undefined;
    }
  }

  /** Commits `step` on `branch`, starting from `base` when the branch does not exist yet. */
  writeStep(branch: string, base: string, step: Step, message: string): BranchResult {
    const head = this.resolve(`refs/heads/${branch}`);
    const parent = head ?? base;
    // Index paths are relative to the top of the work tree, which may be above `dir` (a monorepo).
    const prefix = this.git(["rev-parse", "--show-prefix"]);
    const scratch = mkdtempSync(join(tmpdir(), "argocd-cluster-link-index-"));
    try {
      const env = { GIT_INDEX_FILE: join(scratch, "index") };
      this.git(["read-tree", parent], undefined, env);
      for (const file of step.files) {
        const path = `${prefix}${file.path}`;
        if (file.action === "delete") {
          // --force-remove: the work tree is not looked at, only the scratch index.
          this.git(["update-index", "--force-remove", "--", path], undefined, env);
          continue;
        }
        const blob = this.git(["hash-object", "-w", "--stdin"], file.content);
        // Keep the mode of an existing file (an executable stays executable).
        const staged = this.git(["ls-files", "--stage", "--", `:(top,literal)${path}`], undefined, env);
        const mode = /^(\d{6}) /.exec(staged)?.[1] ?? "100644";
        // A symbolic link or submodule holds no file content: writing content there would replace it.
        if (mode !== "100644" && mode !== "100755") {
          throw new LayoutError(
            `${path} is a ${mode === "120000" ? "symbolic link" : `git entry of mode ${mode}`} in ${parent.slice(0, 12)}, not a file: refusing to replace it with file content.`,
          );
        }
        this.git(["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`], undefined, env);
      }
      const tree = this.git(["write-tree"], undefined, env);
      if (head && this.git(["rev-parse", `${head}^{tree}`]) === tree) {
        return { branch, step: step.id, commit: head, outcome: "unchanged" };
      }
      const commit = this.git(["commit-tree", tree, "-p", parent, "-F", "-"], message, this.identity());
      this.git(["update-ref", `refs/heads/${branch}`, commit, ...(head ? [head] : [])]);
      return { branch, step: step.id, commit, outcome: head ? "updated" : "created" };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}
