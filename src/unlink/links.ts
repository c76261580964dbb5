// What a repository holds of each link, read from the files themselves: the owner header of the
// files a link created, and the marker comments next to what it added to shared files. Names are
// never recomputed from a request, so unlink keeps working when the naming scheme changes.

import { MARKER } from "../link/names.js";
import type { RepoReader } from "../repo/reader.js";

/** Who a link connects, as its owner header says. */
export interface LinkOwner {
  id: string;
  release: string;
  sourceAccount: string;
  targetAccount: string;
  targetRegion: string;
  targetCluster: string;
}

export interface RepoSnapshot {
  /** Text files the unlink may read or change (Terraform and YAML), path → content. */
  texts: Map<string, string>;
  /** Every link id found in a header or a marker comment, sorted. */
  ids: string[];
  /** Owners read from file headers, by link id. */
  owners: Map<string, LinkOwner>;
  /** Files whose header names the link, by link id. */
  ownedFiles: Map<string, string[]>;
}

const TEXT_FILE = /\.(tf|ya?ml|tpl|json)$/;
const HEADER = new RegExp(`^# ${MARKER}: ([a-z0-9]([a-z0-9-]*[a-z0-9])?)$`);
const OWNER = /^# link: ArgoCD (\S+) in (\S+) -> ([^/\s]+)\/([^/\s]+)\/(\S+)$/;
/** Marker comments next to added lines: `# argocd-cluster-link: <id> (<why>)`. */
const INLINE = new RegExp(`#\\s*${MARKER}: ([a-z0-9]([a-z0-9-]*[a-z0-9])?) \\(`, "g");

export async function readSnapshot(repo: RepoReader): Promise<RepoSnapshot> {
  const texts = new Map<string, string>();
  const ids = new Set<string>();
  const owners = new Map<string, LinkOwner>();
  const ownedFiles = new Map<string, string[]>();
  for (const path of await repo.listFiles()) {
    if (!TEXT_FILE.test(path)) continue;
    const text = await repo.readFile(path);
    if (text === undefined) continue;
    texts.set(path, text);
    const [first = "", second = ""] = text.split("\n", 2);
    const header = HEADER.exec(first);
    if (header) {
      const id = header[1]!;
      ids.add(id);
      ownedFiles.set(id, [...(ownedFiles.get(id) ?? []), path]);
      const owner = OWNER.exec(second);
      if (owner && !owners.has(id)) {
        owners.set(id, {
          id,
          release: owner[1]!,
          sourceAccount: owner[2]!,
          targetAccount: owner[3]!,
          targetRegion: owner[4]!,
          targetCluster: owner[5]!,
        });
      }
    }
    if (path.endsWith(".tf")) for (const m of text.matchAll(INLINE)) ids.add(m[1]!);
  }
  return { texts, ids: [...ids].sort(), owners, ownedFiles };
}
