// Repositories and their contents: which branch is the default, the commit and tree at a branch's
// tip, the archive a RepoReader reads (and the tree and blobs it falls back to). Also how a pull
// request is named from another repository.

import type { GitHub } from "./client.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

/** `owner/repo`. */
export function fullName(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}

/**
 * A reference to pull request `number` of `repository` as written in `home` (the repository of the
 * issue or run that reports it): `#N` there, `owner/repo#N` anywhere else, so that it never names an
 * issue of the wrong repository.
 */
export function pullRef(repository: string, number: number, home: string): string {
  return `${repository === home ? "" : repository}#${number}`;
}

export async function defaultBranch(github: GitHub, ref: RepoRef): Promise<string> {
  const { data } = await github.rest.repos.get({ ...ref });
  return data.default_branch;
}

/** The commit at the tip of `branch` and its root tree (the base_tree of new commits), in one call. */
export async function branchTip(
  github: GitHub,
  ref: RepoRef,
  branch: string,
): Promise<{ commit: string; tree: string }> {
  const { data } = await github.rest.repos.getBranch({ ...ref, branch });
  return { commit: data.commit.sha, tree: data.commit.commit.tree.sha };
}

/**
 * The `.tar.gz` archive of a commit: every file in one call, however many the plan reads. GitHub
 * answers with a redirect to its archive host, which fetch follows.
 */
export async function downloadTarball(github: GitHub, ref: RepoRef, commit: string): Promise<Buffer> {
  const { data } = await github.rest.repos.downloadTarballArchive({ ...ref, ref: commit });
  if (!(data instanceof ArrayBuffer)) {
    throw new Error(`GitHub did not answer with an archive for ${fullName(ref)} at ${commit}`);
  }
  return Buffer.from(data);
}

export interface TreeListing {
  /** SHA of the root tree. */
  sha: string;
  /** Every file (blob) below it: path → blob SHA and mode. */
  files: Map<string, { sha: string; mode: string }>;
}

/** Every file of a commit or tree, in one recursive listing. */
export async function listTree(github: GitHub, ref: RepoRef, treeish: string): Promise<TreeListing> {
  const { data } = await github.rest.git.getTree({ ...ref, tree_sha: treeish, recursive: "1" });
  if (data.truncated) {
    throw new Error(
      `${fullName(ref)} has too many files for one tree listing; map its accounts to smaller repositories.`,
    );
  }
  const files = new Map<string, { sha: string; mode: string }>();
  for (const entry of data.tree) {
    if (entry.type === "blob" && entry.path && entry.sha) {
      files.set(entry.path, { sha: entry.sha, mode: entry.mode ?? "100644" });
    }
  }
  return { sha: data.sha, files };
}

/** A blob's content as UTF-8 text. */
export async function readBlob(github: GitHub, ref: RepoRef, sha: string): Promise<string> {
  const { data } = await github.rest.git.getBlob({ ...ref, file_sha: sha });
  return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
}
