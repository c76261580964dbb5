// The `list` command: every link the repository holds, read from the files links own, as a table
// (like `argocd cluster list`) or a JSON array. Bearer-token links show their token's age, measured
// the way `rotate` measures it.

import { readLinks, type RepoLink } from "../inventory/links.js";
import { dirname } from "../layout/tree.js";
import { DEFAULT_ROTATION, planRotations, type BearerLink } from "../plan/rotate.js";
import { FolderRepo, type RepoReader } from "../repo/reader.js";
import { replaceInvisible } from "../core/text.js";
import type { CommandContext } from "./command.js";
import { repoFolder } from "./link.js";

/** One link as `list` shows it. */
export interface ListedLink {
  name: string;
  method: RepoLink["method"];
  access: string;
  /** Empty: cluster-wide. */
  namespaces: string[];
  "cluster-resources": boolean;
  source: {
    account: string;
    release: string;
    /** The layer whose chart values hold the link's cluster entry; null until that step is merged. */
    layer: string | null;
    "values-file": string | null;
  };
  target: { account: string; region: string; cluster: string; server: string | null };
  files: string[];
  /** Bearer-token links only: when the token in use was created, and how many whole days ago. */
  token: { created: string | null; "age-days": number | null } | null;
}

/** The layer of a chart values file: the folder above `chart-values/`, else the file's own folder. */
export function valuesLayer(valuesPath: string): string {
  const folder = dirname(valuesPath);
  const cut = folder.lastIndexOf("/chart-values");
  return cut >= 0 && folder.slice(cut).split("/").length === 2 ? folder.slice(0, cut) : folder;
}

export async function listLinks(repo: RepoReader, now: Date): Promise<ListedLink[]> {
  const links = await readLinks(repo);
  const tokens = new Map<string, BearerLink>();
  if (links.some((l) => l.method === "bearer-token")) {
    const rotation = await planRotations(repo, {
      now,
      rotateAfterDays: DEFAULT_ROTATION.rotateAfterDays,
      maxLinksPerPullRequest: DEFAULT_ROTATION.maxLinksPerPullRequest,
      force: false,
      links: [],
    });
    for (const l of rotation.links) tokens.set(l.linkId, l);
  }
  return links.map((link) => {
    const token = tokens.get(link.name);
    return {
      name: link.name,
      method: link.method,
      access: link.access,
      namespaces: link.namespaces,
      "cluster-resources": link.clusterResources,
      source: {
        account: link.source.account,
        release: link.source.release,
        layer: link.argocd ? valuesLayer(link.argocd.valuesPath) : null,
        "values-file": link.argocd?.valuesPath ?? null,
      },
      target: { ...link.target, server: link.argocd?.server || null },
      files: link.files,
      token:
        link.method === "bearer-token"
          ? {
              created: token?.createdAt ? token.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z") : null,
              "age-days": token?.ageDays ?? null,
            }
          : null,
    };
  });
}

function tokenAge(link: ListedLink): string {
  if (!link.token) return "-";
  return link.token["age-days"] === null ? "unknown" : `${link.token["age-days"]}d`;
}

/** Columns padded to their widest cell, two spaces apart, as `argocd cluster list` prints them. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

export function renderList(links: ListedLink[], repoDir: string): string {
  if (links.length === 0)
    return `No link in ${repoDir}: no file carries an \`# argocd-cluster-link: <name>\` header.\n`;
  const rows = [
    ["NAME", "METHOD", "ACCESS", "NAMESPACES", "ARGOCD (RELEASE @ LAYER)", "TARGET", "TOKEN AGE"],
    ...links.map((l) => [
      l.name,
      l.method,
      `${l.access}${l["cluster-resources"] ? " +cluster resources" : ""}`,
      l.namespaces.length ? l.namespaces.join(",") : "(all)",
      `${l.source.release} @ ${l.source.layer ?? `${l.source.account} (no cluster entry yet)`}`,
      `${l.target.account}/${l.target.region}/${l.target.cluster}`,
      tokenAge(l),
    ]),
  ];
  const out = table(rows);
  for (const l of links) {
    out.push("", `${l.name}: ${l.files.length} file(s)`, ...l.files.map((f) => `  ${f}`));
  }
  return out.join("\n") + "\n";
}

export async function runListCommand({ values, io }: CommandContext): Promise<number> {
  const repoDir = await repoFolder(values.repo);
  const links = await listLinks(new FolderRepo(repoDir), (io.now ?? (() => new Date()))());
  // The access line and paths come from the repository's files: show invisible characters, never echo them.
  io.stdout(
    replaceInvisible(values.json ? JSON.stringify(links, null, 2) + "\n" : renderList(links, repoDir), {
      keepNewlines: true,
    }),
  );
  return 0;
}
