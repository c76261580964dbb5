import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/**
 * Read access to a repository tree. The engine reads through this so that a local folder, the
 * GitHub API or an in-memory map can serve it. Paths are POSIX, relative to the repository root.
 */
export interface RepoReader {
  /** Every file path in the tree, sorted. */
  listFiles(): Promise<string[]>;
  /** The file's text, or undefined when there is no such file. */
  readFile(path: string): Promise<string | undefined>;
}

/** Serves files from a map; used by tests and to layer pending changes over another reader. */
export class MemoryRepo implements RepoReader {
  constructor(readonly files: Map<string, string>) {}
  async listFiles(): Promise<string[]> {
    return [...this.files.keys()].sort();
  }
  async readFile(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }
}

/** Serves a local folder, skipping `.git` and `.terraform` folders. Reads are cached. */
export class FolderRepo implements RepoReader {
  private list?: string[];
  private readonly cache = new Map<string, string | undefined>();
  constructor(readonly root: string) {}

  async listFiles(): Promise<string[]> {
    if (!this.list) {
      const entries = await readdir(this.root, { recursive: true, withFileTypes: true });
      this.list = entries
        .filter((e) => e.isFile() || e.isSymbolicLink())
        .map((e) => relative(this.root, join(e.parentPath, e.name)).split(sep).join("/"))
        .filter((p) => !/(^|\/)(\.git|\.terraform|node_modules)\//.test(p))
        .sort();
    }
    return this.list;
  }

  async readFile(path: string): Promise<string | undefined> {
    if (!this.cache.has(path)) {
      this.cache.set(path, await readFile(join(this.root, path), "utf8").catch(() => undefined));
    }
    return this.cache.get(path);
  }
}
