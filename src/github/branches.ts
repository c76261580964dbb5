// Branches, refs and commits: through the Git Data API (tree with base_tree and inline content,
// commit, ref), or in one GraphQL `createCommitOnBranch` mutation on top of a branch's head (one
// write instead of two, single parent only). GitHub signs the commits of both when a bot token
// makes them.

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

const CREATE_COMMIT_ON_BRANCH = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit {
      oid
    }
  }
}`;

/**
 * One commit on top of `branch`, which must still point at `expectedHead` (GitHub refuses it
 * otherwise), with `files` written over its tree; moves the branch and returns the commit's SHA.
 * The message is split at its first blank line into GitHub's headline and body, which GitHub joins
 * back the same way.
 */
export async function commitOnBranch(
  github: GitHub,
  ref: RepoRef,
  commit: { branch: string; expectedHead: string; files: NewFile[]; message: string },
): Promise<string> {
  const cut = commit.message.indexOf("\n\n");
  const headline = cut < 0 ? commit.message : commit.message.slice(0, cut);
  const body = cut < 0 ? "" : commit.message.slice(cut + 2);
  const deletions = commit.files.filter((f) => f.action === "delete").map((f) => ({ path: f.path }));
  const additions = commit.files
    .filter((f) => f.action !== "delete")
    .map((f) => ({ path: f.path, contents: Buffer.from(f.content, "utf8").toString("base64") }));
  const result = await github.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
    CREATE_COMMIT_ON_BRANCH,
    {
      input: {
        branch: { repositoryNameWithOwner: `${ref.owner}/${ref.repo}`, branchName: commit.branch },
        expectedHeadOid: commit.expectedHead,
        message: body ? { headline, body } : { headline },
        fileChanges: {
          ...(additions.length > 0 ? { additions } : {}),
          ...(deletions.length > 0 ? { deletions } : {}),
        },
      },
    },
  );
  return result.createCommitOnBranch.commit.oid;
}

export async function createBranch(github: GitHub, ref: RepoRef, branch: string, sha: string): Promise<void> {
  await github.rest.git.createRef({ ...ref, ref: `refs/heads/${branch}`, sha });
}

/** Moves a branch forward; GitHub refuses anything but a fast forward. */
export async function fastForward(github: GitHub, ref: RepoRef, branch: string, sha: string): Promise<void> {
  await github.rest.git.updateRef({ ...ref, ref: `heads/${branch}`, sha, force: false });
}
