// A RepoReader over the GitHub API: one recursive tree listing at a fixed commit, then only the
// blobs the engine asks for, fetched once each. No checkout needed, and every account repository
// is read the same way.

import type { RepoReader } from "../repo/reader.js";
import type { GitHub } from "./client.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

export class GitHubRepoReader implements RepoReader {
  private tree?: Promise<{ sha: string; entries: Map<string, { sha: string; mode: string }> }>;
  private readonly blobs = new Map<string, Promise<string>>();

  constructor(
    private readonly github: GitHub,
    readonly ref: RepoRef,
    /** The commit to read: every read sees the same snapshot. */
    readonly commit: string,
  ) {}

  private entries() {
    this.tree ??= this.github.rest.git
      .getTree({ ...this.ref, tree_sha: this.commit, recursive: "1" })
      .then(({ data }) => {
        if (data.truncated) {
          throw new Error(
            `${this.ref.owner}/${this.ref.repo} has too many files for one tree listing; map its accounts to smaller repositories.`,
          );
        }
        const entries = new Map<string, { sha: string; mode: string }>();
        for (const entry of data.tree) {
          if (entry.type === "blob" && entry.path && entry.sha) {
            entries.set(entry.path, { sha: entry.sha, mode: entry.mode ?? "100644" });
          }
        }
        return { sha: data.sha, entries };
      });
    return this.tree;
  }

  /** The SHA of the root tree of `commit` (the base_tree of new commits). */
  async treeSha(): Promise<string> {
    return (await this.entries()).sha;
  }

  async listFiles(): Promise<string[]> {
    return [...(await this.entries()).entries.keys()].sort();
  }

  async readFile(path: string): Promise<string | undefined> {
    const entry = (await this.entries()).entries.get(path);
    // Symbolic links (mode 120000) hold a path, not content: Leverage's common-variables.tf is one.
    if (!entry || entry.mode === "120000") return undefined;
    let blob = this.blobs.get(entry.sha);
    if (!blob) {
      blob = this.github.rest.git
        .getBlob({ ...this.ref, file_sha: entry.sha })
        .then(({ data }) =>
          Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8"),
        );
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
