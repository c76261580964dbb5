// A RepoReader over the GitHub API at a fixed commit: one archive (tarball) of the commit holds
// every file, so reading a repository costs the same single call whether the plan reads 5 files or
// 500, and every account repository is read the same way. When the repository's .gitattributes
// could make the archive differ from the commit (export-ignore, export-subst), the reader reads the
// tree listing and the blobs it needs instead, as git sees them.

import type { RepoReader } from "../repo/reader.js";
import { readTarGz } from "../repo/tar.js";
import type { GitHub } from "./client.js";
import { downloadTarball, listTree, readBlob, type RepoRef } from "./repositories.js";

export type { RepoRef } from "./repositories.js";

/** What a reader serves: the sorted paths, and each path's text (undefined for a symbolic link). */
interface Snapshot {
  paths: string[];
  read(path: string): Promise<string | undefined>;
}

/** True when a .gitattributes file asks `git archive` to leave files out or rewrite them. */
function archiveAltered(gitattributes: string[]): boolean {
  return gitattributes.some((text) =>
    text.split("\n").some((line) => !line.trim().startsWith("#") && /\bexport-(ignore|subst)\b/.test(line)),
  );
}

export class GitHubRepoReader implements RepoReader {
  private snapshot?: Promise<Snapshot>;

  constructor(
    private readonly github: GitHub,
    readonly ref: RepoRef,
    /** The commit to read: every read sees the same snapshot. */
    readonly commit: string,
  ) {}

  private load(): Promise<Snapshot> {
    this.snapshot ??= this.fromArchive();
    return this.snapshot;
  }

  private async fromArchive(): Promise<Snapshot> {
    const entries = readTarGz(await downloadTarball(this.github, this.ref, this.commit));
    const attributes = [...entries]
      .filter(
        ([path, e]) => (path === ".gitattributes" || path.endsWith("/.gitattributes")) && e.kind === "file",
      )
      .map(([, e]) => (e.kind === "file" ? e.data.toString("utf8") : ""));
    if (archiveAltered(attributes)) return this.fromTree();
    const texts = new Map<string, string>();
    return {
      paths: [...entries.keys()].sort(),
      read: async (path) => {
        const entry = entries.get(path);
        // Symbolic links hold a path, not content: Leverage's common-variables.tf is one.
        if (!entry || entry.kind !== "file") return undefined;
        let text = texts.get(path);
        if (text === undefined) {
          text = entry.data.toString("utf8");
          texts.set(path, text);
        }
        return text;
      },
    };
  }

  /** One recursive tree listing, then only the blobs asked for, fetched once each. */
  private async fromTree(): Promise<Snapshot> {
    const tree = await listTree(this.github, this.ref, this.commit);
    const blobs = new Map<string, Promise<string>>();
    return {
      paths: [...tree.files.keys()].sort(),
      read: async (path) => {
        const entry = tree.files.get(path);
        // Symbolic links (mode 120000) hold a path, not content.
        if (!entry || entry.mode === "120000") return undefined;
        let blob = blobs.get(entry.sha);
        if (!blob) {
          blob = readBlob(this.github, this.ref, entry.sha);
          blobs.set(entry.sha, blob);
        }
        return blob;
      },
    };
  }

  async listFiles(): Promise<string[]> {
    return [...(await this.load()).paths];
  }

  async readFile(path: string): Promise<string | undefined> {
    return (await this.load()).read(path);
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
