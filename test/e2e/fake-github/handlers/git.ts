// Git database API: refs, commits, trees and blobs.

import type { GitIdentity, PathEdit, TreeEntryType } from "../git-store.js";
import { BOT_IDENTITY, type RepoRecord } from "../state.js";
import { bodyOf, HttpError, notFound, repoOf, unprocessable, type Handler } from "../http.js";

function refJson(repo: RepoRecord, fullRef: string, sha: string): Record<string, unknown> {
  const type = repo.git.get(sha)?.type ?? "commit";
  return {
    ref: fullRef,
    node_id: Buffer.from(`Ref:${repo.id}:${fullRef}`).toString("base64"),
    url: `${repo.apiUrl}/git/${fullRef}`,
    object: { type, sha, url: `${repo.apiUrl}/git/${type}s/${sha}` },
  };
}

function commitJson(repo: RepoRecord, sha: string): Record<string, unknown> {
  const c = repo.git.commit(sha)!;
  return {
    sha,
    node_id: Buffer.from(`Commit:${repo.id}:${sha}`).toString("base64"),
    url: `${repo.apiUrl}/git/commits/${sha}`,
    html_url: `${repo.htmlUrl}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${repo.apiUrl}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${repo.apiUrl}/git/commits/${p}`,
      html_url: `${repo.htmlUrl}/commit/${p}`,
    })),
    verification: c.verified
      ? {
          verified: true,
          reason: "valid",
          signature: "-----BEGIN PGP SIGNATURE-----\n\nfake\n-----END PGP SIGNATURE-----\n",
          payload: null,
          verified_at: c.committer.date,
        }
      : { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

function treeJson(repo: RepoRecord, sha: string, recursive: boolean): Record<string, unknown> {
  return {
    sha,
    url: `${repo.apiUrl}/git/trees/${sha}`,
    tree: repo.git.list(sha, recursive).map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size !== undefined ? { size: e.size } : {}),
      url: e.type === "commit" ? undefined : `${repo.apiUrl}/git/${e.type}s/${e.sha}`,
    })),
    truncated: false,
  };
}

/** git check-ref-format, roughly. */
function validRefName(ref: string): boolean {
  return (
    ![...ref].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) &&
    !/[\s~^:?*[\\]/.test(ref) &&
    !ref.includes("..") &&
    !ref.includes("@{") &&
    !ref.includes("//") &&
    !ref.endsWith("/") &&
    !ref.endsWith(".") &&
    !ref.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock"))
  );
}

const getRef: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const full = `refs/${ctx.params.ref}`;
  const sha = repo.refs.get(full);
  if (!sha) throw notFound();
  return { status: 200, body: refJson(repo, full, sha) };
};

const listMatchingRefs: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const prefix = `refs/${ctx.params.ref}`;
  const refs = [...repo.refs.entries()]
    .filter(([name]) => name.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, sha]) => refJson(repo, name, sha));
  return { status: 200, body: refs };
};

const createRef: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const { ref, sha } = bodyOf<{ ref: string; sha: string }>(ctx);
  if (!ref.startsWith("refs/") || ref.split("/").length < 3) {
    throw unprocessable("Reference name must contain at least three slash-separated components.");
  }
  if (!validRefName(ref)) throw unprocessable(`${ref} is not a valid ref name.`);
  if (!repo.git.has(sha)) throw unprocessable("Object does not exist");
  if (repo.refs.has(ref)) throw unprocessable("Reference already exists");
  repo.refs.set(ref, sha);
  return { status: 201, body: refJson(repo, ref, sha), headers: { location: `${repo.apiUrl}/git/${ref}` } };
};

const updateRef: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const full = `refs/${ctx.params.ref}`;
  const { sha, force } = bodyOf<{ sha: string; force?: boolean }>(ctx);
  const current = repo.refs.get(full);
  if (!current) throw unprocessable("Reference does not exist");
  if (!repo.git.has(sha)) throw unprocessable("Object does not exist");
  if (force !== true && !repo.git.isAncestor(current, sha)) {
    throw unprocessable("Update is not a fast forward");
  }
  repo.refs.set(full, sha);
  return { status: 200, body: refJson(repo, full, sha) };
};

const deleteRef: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const full = `refs/${ctx.params.ref}`;
  if (!repo.refs.has(full)) throw unprocessable("Reference does not exist");
  repo.refs.delete(full);
  return { status: 204 };
};

const getCommit: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const sha = ctx.params.commit_sha ?? "";
  if (!repo.git.commit(sha)) throw notFound();
  return { status: 200, body: commitJson(repo, sha) };
};

interface IdentityInput {
  name: string;
  email: string;
  date?: string;
}

const createCommit: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const input = bodyOf<{
    message: string;
    tree: string;
    parents?: string[];
    author?: IdentityInput;
    committer?: IdentityInput;
    signature?: string;
  }>(ctx);
  if (!repo.git.tree(input.tree)) throw unprocessable("Tree SHA does not exist");
  for (const p of input.parents ?? []) {
    if (!repo.git.commit(p)) throw unprocessable("Parent SHA does not exist or is not a commit object");
  }
  const now = ctx.world.now();
  const identity = (i: IdentityInput | undefined, fallback: GitIdentity): GitIdentity =>
    i ? { name: i.name, email: i.email, date: i.date ?? now } : fallback;
  const actorIdentity =
    ctx.actor.type === "Bot"
      ? { ...BOT_IDENTITY, date: now }
      : { name: ctx.actor.login, email: `${ctx.actor.login}@users.noreply.github.com`, date: now };
  const author = identity(input.author, actorIdentity);
  // "By default, committer will use the information set in author" (GitHub docs).
  const committer = identity(input.committer, author);
  if (!committer.name || !committer.email) throw unprocessable("Invalid committer");
  // GitHub signs commits it creates for an app/bot token when no custom committer or signature
  // is given; everything else is unsigned.
  const verified = ctx.actor.type === "Bot" && !input.committer && !input.signature;
  const sha = repo.git.putCommit(
    { tree: input.tree, parents: input.parents ?? [], author, committer, message: input.message },
    verified,
  );
  return {
    status: 201,
    body: commitJson(repo, sha),
    headers: { location: `${repo.apiUrl}/git/commits/${sha}` },
  };
};

const getTree: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const ref = ctx.params.tree_sha ?? "";
  let sha: string | undefined = ref;
  const direct = repo.git.get(ref);
  if (!direct) sha = repo.resolveCommitish(ref);
  const obj = sha ? repo.git.get(sha) : undefined;
  if (obj?.type === "commit") sha = obj.commit.tree;
  else if (obj?.type !== "tree") throw notFound();
  // "Setting this parameter to any value returns the objects or subtrees" — even recursive=0.
  const recursive = ctx.query.has("recursive");
  return { status: 200, body: treeJson(repo, sha!, recursive) };
};

interface TreeInput {
  path?: string;
  mode?: string;
  type?: TreeEntryType;
  sha?: string | null;
  content?: string;
}

const MODE_TYPES: Record<string, TreeEntryType> = {
  "100644": "blob",
  "100755": "blob",
  "120000": "blob",
  "040000": "tree",
  "160000": "commit",
};

const createTree: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const input = bodyOf<{ tree: TreeInput[]; base_tree?: string }>(ctx);
  if (input.base_tree !== undefined && !repo.git.tree(input.base_tree)) {
    throw unprocessable("base_tree is not a valid tree oid");
  }
  const edits: PathEdit[] = [];
  for (const entry of input.tree) {
    const { path, mode, type } = entry;
    if (!path || path.startsWith("/") || path.split("/").some((s) => s === "" || s === "." || s === "..")) {
      throw unprocessable(`tree.path contains a malformed path component`);
    }
    if (!mode || !type) throw unprocessable("Must supply a valid tree.mode and tree.type");
    if (MODE_TYPES[mode] !== type) throw unprocessable(`tree.mode ${mode} does not match tree.type ${type}`);
    const hasSha = "sha" in entry;
    const hasContent = entry.content !== undefined;
    if (hasSha && hasContent) {
      throw unprocessable(
        "Must supply either tree.sha or tree.content. Request will fail if both are provided",
      );
    }
    if (hasContent) {
      if (type !== "blob") throw unprocessable("tree.content can only be used for blobs");
      const sha = repo.git.putBlob(Buffer.from(entry.content!, "utf8"));
      edits.push({ path, entry: { mode, type, sha } });
    } else if (entry.sha === null) {
      // Deleting a path that is not in the base tree is a no-op here.
      edits.push({ path, entry: null });
    } else if (typeof entry.sha === "string") {
      const obj = repo.git.get(entry.sha);
      // Submodule (gitlink) entries point at commits of other repositories: not checked.
      if (type !== "commit" && obj?.type !== type) throw unprocessable("GitRPC::BadObjectState");
      edits.push({ path, entry: { mode, type, sha: entry.sha } });
    } else {
      throw unprocessable("Must supply either tree.sha or tree.content");
    }
  }
  const sha = repo.git.editTree(input.base_tree, edits);
  return {
    status: 201,
    body: treeJson(repo, sha, false),
    headers: { location: `${repo.apiUrl}/git/trees/${sha}` },
  };
};

const getBlob: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const sha = ctx.params.file_sha ?? "";
  const data = repo.git.blob(sha);
  if (!data) throw notFound();
  // GitHub wraps the base64 content at 60 characters.
  const content = (data.toString("base64").match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join("");
  return {
    status: 200,
    body: {
      sha,
      node_id: Buffer.from(`Blob:${repo.id}:${sha}`).toString("base64"),
      size: data.length,
      url: `${repo.apiUrl}/git/blobs/${sha}`,
      content,
      encoding: "base64",
    },
  };
};

const createBlob: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const { content, encoding = "utf-8" } = bodyOf<{ content: string; encoding?: string }>(ctx);
  let data: Buffer;
  if (encoding === "utf-8" || encoding === "utf8") data = Buffer.from(content, "utf8");
  else if (encoding === "base64") data = Buffer.from(content, "base64");
  else throw new HttpError(422, `encoding must be either 'utf-8' or 'base64', was '${encoding}'`);
  const sha = repo.git.putBlob(data);
  return {
    status: 201,
    body: { url: `${repo.apiUrl}/git/blobs/${sha}`, sha },
    headers: { location: `${repo.apiUrl}/git/blobs/${sha}` },
  };
};

export const gitHandlers: Record<string, Handler> = {
  "git/get-ref": getRef,
  "git/list-matching-refs": listMatchingRefs,
  "git/create-ref": createRef,
  "git/update-ref": updateRef,
  "git/delete-ref": deleteRef,
  "git/get-commit": getCommit,
  "git/create-commit": createCommit,
  "git/get-tree": getTree,
  "git/create-tree": createTree,
  "git/get-blob": getBlob,
  "git/create-blob": createBlob,
};
