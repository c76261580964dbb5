// A RepoReader over the GitHub API: one recursive tree listing at a fixed commit, then only the
// blobs the engine asks for, fetched once each. No checkout needed, and every account repository
// is read the same way.

import type { RepoReader } from "../repo/reader.js";
import type { GitHub } from "./client.js";
import { listTree, readBlob, type RepoRef, type TreeListing } from "./repositories.js";

export type { RepoRef } from "./repositories.js";

export class GitHubRepoReader implements RepoReader {
  private tree?: Promise<TreeListing>;
  private readonly blobs = new Map<string, Promise<string>>();

  constructor(
    private readonly github: GitHub,
    readonly ref: RepoRef,
    /** The commit to read: every read sees the same snapshot. */
    readonly commit: string,
  ) {}

  private entries() {
    this.tree ??= listTree(this.github, this.ref, this.commit);
    return this.tree;
  }

  /** The SHA of the root tree of `commit` (the base_tree of new commits). */
  async treeSha(): Promise<string> {
    return (await this.entries()).sha;
  }

  async listFiles(): Promise<string[]> {
    return [...(await this.entries()).files.keys()].sort();
  }

  async readFile(path: string): Promise<string | undefined> {
    const entry = (await this.entries()).files.get(path);
    // Symbolic links (mode 120000) hold a path, not content: Leverage's common-variables.tf is one.
    if (!entry || entry.mode === "120000") return undefined;
    let blob = this.blobs.get(entry.sha);
    if (!blob) {
      blob = readBlob(this.github, this.ref, entry.sha);
      this.blobs.set(entry.sha, blob);
    }
    return blob;
  }
}

/**
 * Serves a Leverage tree whose accounts may live in different repositories: paths under
 * `<account>/` come from that account's reader, everything else from the main one.
 */
export class AccountRoutedReader implements RepoReader {
  constructor(
    private readonly main: RepoReader,
    private readonly byAccount: Map<string, RepoReader>,
  ) {}

  private route(path: string): RepoReader {
    const account = path.split("/", 1)[0]!;
    return this.byAccount.get(account) ?? this.main;
  }

  async listFiles(): Promise<string[]> {
    const own = (await this.main.listFiles()).filter((p) => !this.byAccount.has(p.split("/", 1)[0]!));
    const routed = await Promise.all(
      [...this.byAccount.entries()].map(async ([account, reader]) =>
        (await reader.listFiles()).filter((p) => p.startsWith(`${account}/`)),
      ),
    );
    return [...own, ...routed.flat()].sort();
  }

  async readFile(path: string): Promise<string | undefined> {
    return this.route(path).readFile(path);
  }
}
