// Branches, refs and commits through the Git Data API: commits made this way (tree with base_tree
// and inline content, commit, ref) are signed when a bot token makes them.

import type { GitHub } from "./client.js";
import type { RepoRef } from "./repositories.js";

export interface CommitInfo {
  sha: string;
  message: string;
  parents: string[];
}

export interface NewFile {
  path: string;
  content: string;
  /** `delete` removes the path from the tree (an unlink). */
  action?: "create" | "update" | "delete";
}

/** Branches whose name starts with `prefix`: name → head commit. */
export async function listBranches(
  github: GitHub,
  ref: RepoRef,
  prefix: string,
): Promise<Map<string, string>> {
  const { data } = await github.rest.git.listMatchingRefs({ ...ref, ref: `heads/${prefix}` });
  return new Map(data.map((r) => [r.ref.replace(/^refs\/heads\//, ""), r.object.sha]));
}

export async function readCommit(github: GitHub, ref: RepoRef, sha: string): Promise<CommitInfo> {
  const { data } = await github.rest.git.getCommit({ ...ref, commit_sha: sha });
  return { sha: data.sha, message: data.message, parents: data.parents.map((p) => p.sha) };
}

/** A commit whose tree is `baseTree` with `files` written over it; returns its SHA. */
export async function commitFiles(
  github: GitHub,
  ref: RepoRef,
  commit: { baseTree: string; files: NewFile[]; message: string; parents: string[] },
): Promise<string> {
  const { data: tree } = await github.rest.git.createTree({
    ...ref,
    base_tree: commit.baseTree,
    tree: commit.files.map((f) =>
      f.action === "delete"
        ? // The Git Data API removes a path given `sha: null`.
          { path: f.path, mode: "100644" as const, type: "blob" as const, sha: null }
        : { path: f.path, mode: "100644" as const, type: "blob" as const, content: f.content },
    ),
  });
  const { data } = await github.rest.git.createCommit({
    ...ref,
    message: commit.message,
    tree: tree.sha,
    parents: commit.parents,
  });
  return data.sha;
}

export async function createBranch(github: GitHub, ref: RepoRef, branch: string, sha: string): Promise<void> {
  await github.rest.git.createRef({ ...ref, ref: `refs/heads/${branch}`, sha });
}

/** Moves a branch forward; GitHub refuses anything but a fast forward. */
export async function fastForward(github: GitHub, ref: RepoRef, branch: string, sha: string): Promise<void> {
  await github.rest.git.updateRef({ ...ref, ref: `heads/${branch}`, sha, force: false });
}
