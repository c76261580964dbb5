// A content-addressed git object store with real object ids: blobs, trees and commits are
// serialised exactly as git serialises them and named by the sha1 of `<type> <len>\0<body>`, so
// every id the fake hands out is the id `git hash-object` / `git commit-tree` would compute.

import { createHash } from "node:crypto";

export type TreeEntryType = "blob" | "tree" | "commit";

/** A tree entry as the REST API shows it (trees have mode "040000" there, "40000" inside git). */
export interface TreeEntry {
  name: string;
  mode: string;
  type: TreeEntryType;
  sha: string;
}

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO 8601; the offset (or Z) is kept for hashing. */
  date: string;
}

export interface CommitData {
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
}

export type GitObject =
  | { type: "blob"; data: Buffer }
  | { type: "tree"; entries: TreeEntry[] }
  | { type: "commit"; commit: CommitData; verified: boolean };

/** One entry of a path-based edit: the new entry at `path`, or null to delete it. */
export interface PathEdit {
  path: string;
  entry: { mode: string; type: TreeEntryType; sha: string } | null;
}

export interface FlatEntry {
  path: string;
  mode: string;
  type: TreeEntryType;
  sha: string;
  size?: number;
}

export function gitObjectId(type: string, body: Buffer): string {
  return createHash("sha1")
    .update(Buffer.from(`${type} ${body.length}\0`))
    .update(body)
    .digest("hex");
}

function treeSortKey(entry: TreeEntry): Buffer {
  return Buffer.from(entry.type === "tree" ? `${entry.name}/` : entry.name, "utf8");
}

function sortEntries(entries: TreeEntry[]): TreeEntry[] {
  return [...entries].sort((a, b) => Buffer.compare(treeSortKey(a), treeSortKey(b)));
}

function serializeTree(entries: TreeEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const mode = e.mode === "040000" ? "40000" : e.mode;
    parts.push(Buffer.from(`${mode} ${e.name}\0`, "utf8"), Buffer.from(e.sha, "hex"));
  }
  return Buffer.concat(parts);
}

/** "2024-01-01T12:00:00+02:00" → { seconds, tz: "+0200" }. */
function gitTimestamp(date: string): string {
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) throw new Error(`invalid date ${date}`);
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(date);
  const tz = m ? `${m[1]}${m[2]}${m[3]}` : "+0000";
  return `${Math.floor(ms / 1000)} ${tz}`;
}

function serializeCommit(c: CommitData): Buffer {
  let text = `tree ${c.tree}\n`;
  for (const p of c.parents) text += `parent ${p}\n`;
  text += `author ${c.author.name} <${c.author.email}> ${gitTimestamp(c.author.date)}\n`;
  text += `committer ${c.committer.name} <${c.committer.email}> ${gitTimestamp(c.committer.date)}\n`;
  text += `\n${c.message}`;
  return Buffer.from(text, "utf8");
}

interface MutableDir {
  entries: Map<string, TreeEntry>;
  /** Sub-directories that were opened for editing; they replace their entry when written. */
  dirs: Map<string, MutableDir>;
}

export class GitStore {
  private readonly objects = new Map<string, GitObject>();

  has(sha: string): boolean {
    return this.objects.has(sha);
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  putBlob(data: Buffer): string {
    const sha = gitObjectId("blob", data);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: "blob", data: Buffer.from(data) });
    return sha;
  }

  putTree(entries: TreeEntry[]): string {
    const sorted = sortEntries(entries);
    const sha = gitObjectId("tree", serializeTree(sorted));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: "tree", entries: sorted });
    return sha;
  }

  putCommit(commit: CommitData, verified = false): string {
    const sha = gitObjectId("commit", serializeCommit(commit));
    const existing = this.objects.get(sha);
    if (!existing || (existing.type === "commit" && verified && !existing.verified)) {
      this.objects.set(sha, { type: "commit", commit: structuredClone(commit), verified });
    }
    return sha;
  }

  blob(sha: string): Buffer | undefined {
    const o = this.objects.get(sha);
    return o?.type === "blob" ? o.data : undefined;
  }

  tree(sha: string): TreeEntry[] | undefined {
    const o = this.objects.get(sha);
    return o?.type === "tree" ? o.entries : undefined;
  }

  commit(sha: string): (CommitData & { verified: boolean }) | undefined {
    const o = this.objects.get(sha);
    return o?.type === "commit" ? { ...o.commit, verified: o.verified } : undefined;
  }

  /**
   * Applies path-based edits (nested paths create sub-trees; deleting the last entry of a
   * directory removes the directory) on top of `baseTree` and stores the resulting trees.
   */
  editTree(baseTree: string | undefined, edits: PathEdit[]): string {
    const root = this.openDir(baseTree);
    for (const edit of edits) {
      const segments = edit.path.split("/");
      const leaf = segments.pop()!;
      let dir = root;
      let missing = false;
      for (const seg of segments) {
        let child = dir.dirs.get(seg);
        if (!child) {
          const entry = dir.entries.get(seg);
          if (entry?.type === "tree") child = this.openDir(entry.sha);
          else if (edit.entry === null) {
            missing = true; // deleting below a path that does not exist: nothing to do
            break;
          } else child = this.openDir(undefined);
          dir.dirs.set(seg, child);
          dir.entries.delete(seg);
        }
        dir = child;
      }
      if (missing) continue;
      dir.dirs.delete(leaf);
      if (edit.entry === null) dir.entries.delete(leaf);
      else dir.entries.set(leaf, { name: leaf, ...edit.entry });
    }
    return this.writeDir(root) ?? this.putTree([]);
  }

  /** Convenience over editTree for text files; `null` deletes. */
  writeFiles(baseTree: string | undefined, files: Record<string, string | null>): string {
    const edits: PathEdit[] = Object.entries(files).map(([path, content]) => ({
      path,
      entry:
        content === null
          ? null
          : { mode: "100644", type: "blob", sha: this.putBlob(Buffer.from(content, "utf8")) },
    }));
    return this.editTree(baseTree, edits);
  }

  /** The entry at `path` inside tree `treeSha` ("" is the tree itself). */
  lookup(treeSha: string, path: string): FlatEntry | undefined {
    if (path === "") return { path: "", mode: "040000", type: "tree", sha: treeSha };
    let entries = this.tree(treeSha);
    const segments = path.split("/");
    for (let i = 0; i < segments.length; i++) {
      const e = entries?.find((x) => x.name === segments[i]);
      if (!e) return undefined;
      if (i === segments.length - 1) return { path, mode: e.mode, type: e.type, sha: e.sha };
      entries = e.type === "tree" ? this.tree(e.sha) : undefined;
    }
    return undefined;
  }

  /** Entries of a tree; with `recursive`, every blob and sub-tree in `git ls-tree -r -t` order. */
  list(treeSha: string, recursive: boolean, prefix = ""): FlatEntry[] {
    const out: FlatEntry[] = [];
    for (const e of this.tree(treeSha) ?? []) {
      const path = prefix + e.name;
      const flat: FlatEntry = { path, mode: e.mode, type: e.type, sha: e.sha };
      if (e.type === "blob") flat.size = this.blob(e.sha)?.length ?? 0;
      out.push(flat);
      if (recursive && e.type === "tree") out.push(...this.list(e.sha, true, `${path}/`));
    }
    return out;
  }

  /** True when `ancestor` is `descendant` or reachable from it through parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commit(sha)?.parents ?? []));
    }
    return false;
  }

  private openDir(treeSha: string | undefined): MutableDir {
    const entries = new Map<string, TreeEntry>();
    for (const e of treeSha ? (this.tree(treeSha) ?? []) : []) entries.set(e.name, { ...e });
    return { entries, dirs: new Map() };
  }

  /** Stores the directory; undefined when it ended up empty (git has no empty sub-trees). */
  private writeDir(dir: MutableDir): string | undefined {
    for (const [name, child] of dir.dirs) {
      const sha = this.writeDir(child);
      if (sha === undefined) dir.entries.delete(name);
      else dir.entries.set(name, { name, mode: "040000", type: "tree", sha });
    }
    dir.dirs.clear();
    if (dir.entries.size === 0) return undefined;
    return this.putTree([...dir.entries.values()]);
  }
}
