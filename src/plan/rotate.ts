// Token rotation for bearer-token links. Each link's RBAC file keeps two token slots (see
// steps/token-slots.ts); a rotation gives the older slot the next generation and points the token
// output at it, so the token ArgoCD holds stays valid until the ArgoCD layer is applied.
//
// The plan reads every bearer-token link, decides which are due (age from the header's
// `token-created:` line against `rotateAfterDays`, or forced), and groups the due links of one
// target layer into ONE step (one pull request), split every `maxLinksPerPullRequest` links in
// link-name order. Links whose file cannot be read as a link's token slots are reported, never edited.

import { InvalidInputError } from "../core/errors.js";
import { code } from "../core/markdown.js";
import { basename, dirname } from "../layout/tree.js";
import type { RepoReader } from "../repo/reader.js";
import { ROTATE_TOKEN_ID } from "../steps/rotate-token.js";
import { tokenGeneration } from "../steps/target-rbac.js";
import { createdLine, readTokenSlots, rotateTokenFile, type TokenSlots } from "../steps/token-slots.js";
import { MARKER, snakeCase } from "../link/names.js";
import type { Step } from "./types.js";

/** Kept here for callers of the rotation; it lives with the RBAC file that holds the generation. */
export { tokenGeneration };

export interface RotationOptions {
  now: Date;
  /** A link is due when its current token is at least this many days old. */
  rotateAfterDays: number;
  /** Rotate every link, whatever its age. */
  force: boolean;
  /** Links to rotate whatever their age (each must exist). */
  links: string[];
  maxLinksPerPullRequest: number;
  /**
   * The token-created date an open rotation pull request of this batch already records: reused,
   * so that a rerun before it is merged plans the same files and changes nothing.
   */
  recordedDate?: (batchId: string) => Date | undefined;
}

/** A hidden line of a rotation pull request's body: the token-created date its files record. */
export const DATE_MARKER = "<!-- argocd-cluster-link:token-created";

/** The hidden body line that records `date` (to the second, as the files do). */
export function dateMarker(date: Date): string {
  return `${DATE_MARKER} ${createdLine(date).split(" ")[1]} -->`;
}

export function recordedDateIn(body: string | null): Date | undefined {
  const match = /<!-- argocd-cluster-link:token-created (\S+) -->/.exec(body ?? "");
  const date = match ? new Date(match[1]!) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

export const DEFAULT_ROTATION = { rotateAfterDays: 30, maxLinksPerPullRequest: 50 } as const;

export type LinkState = "current" | "due" | "cannot-rotate";

export interface BearerLink {
  linkId: string;
  /** The RBAC file in the target layer. */
  path: string;
  layer: string;
  account: string;
  /** The ArgoCD layer that reads the token through remote state, when found. */
  argocdLayer?: string;
  /** Current generation, and the one a rotation writes. */
  generation?: number;
  createdAt?: Date;
  /** Whole days since createdAt; undefined when the file records no date (never rotated with slots). */
  ageDays?: number;
  state: LinkState;
  /** For cannot-rotate: why. */
  reason?: string;
  /** The batch (see RotationBatch.batchId) a due link is in. */
  batchId?: string;
}

export interface RotationBatch {
  /** Stands in for a link id in branch names: `rotation.<layer slug>[.<part>]`. */
  batchId: string;
  layer: string;
  account: string;
  links: BearerLink[];
  step: Step;
}

export interface RotationPlan {
  /** Every bearer-token link, by name. */
  links: BearerLink[];
  /** One per target layer with due links (more when a layer exceeds maxLinksPerPullRequest). */
  batches: RotationBatch[];
}

const LINK_FILE = /^argocd_link_[a-z0-9_]+\.tf$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function ageText(link: Pick<BearerLink, "ageDays">): string {
  return link.ageDays === undefined ? "unknown (no token-created date yet)" : `${link.ageDays} days`;
}

/** The bearer-token links of a repository, which are due, and one step per target layer batch. */
export async function planRotations(repo: RepoReader, options: RotationOptions): Promise<RotationPlan> {
  const files = (await repo.listFiles()).filter(
    (f) => LINK_FILE.test(basename(f)) && f.split("/").length > 3,
  );
  const texts = new Map<string, string>();
  for (const path of files) texts.set(path, (await repo.readFile(path)) ?? "");
  // ArgoCD layers read a token through a remote-state block named after the link.
  const argocdLayerOf = new Map<string, string>();
  for (const [path, text] of texts) {
    for (const match of text.matchAll(/data "terraform_remote_state" "argocd-link-([a-z0-9-]+)"/g)) {
      argocdLayerOf.set(`${match[1]}\0${basename(path)}`, dirname(path));
    }
  }

  const links: BearerLink[] = [];
  const rotatable = new Map<string, { text: string; slots: TokenSlots }>();
  for (const [path, text] of texts) {
    if (!text.includes(MARKER)) continue;
    const linkId = /^# argocd-cluster-link: ([a-z0-9-]+)$/m.exec(text)?.[1];
    if (!linkId || !/"kubernetes_secret_v1"/.test(text)) continue;
    const layer = dirname(path);
    const argocdLayer = argocdLayerOf.get(`${linkId}\0${basename(path)}`);
    const base = {
      linkId,
      path,
      layer,
      account: path.split("/", 1)[0]!,
      ...(argocdLayer ? { argocdLayer } : {}),
    };
    let slots;
    try {
      slots = readTokenSlots(text, path, snakeCase(linkId));
    } catch (error) {
      slots = { problem: `the file does not parse as HCL (${(error as Error).message})` };
    }
    if (!slots) continue;
    if ("problem" in slots) {
      links.push({
        ...base,
        state: "cannot-rotate",
        reason: `${slots.problem}; edit it back or rotate by hand`,
      });
      continue;
    }
    const ageDays = slots.createdAt
      ? Math.max(0, Math.floor((options.now.getTime() - slots.createdAt.getTime()) / DAY_MS))
      : undefined;
    const due =
      options.force ||
      options.links.includes(linkId) ||
      ageDays === undefined ||
      ageDays >= options.rotateAfterDays;
    links.push({
      ...base,
      generation: slots.current.generation,
      ...(slots.createdAt ? { createdAt: slots.createdAt } : {}),
      ...(ageDays === undefined ? {} : { ageDays }),
      state: due ? "due" : "current",
    });
    if (due) rotatable.set(path, { text, slots });
  }
  links.sort((a, b) => a.linkId.localeCompare(b.linkId) || a.path.localeCompare(b.path));
  const unknown = options.links.filter((name) => !links.some((l) => l.linkId === name));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      "rotation",
      unknown.map((name) => ({
        field: "links",
        value: JSON.stringify(name),
        message: `is not a bearer-token link of this repository (links: ${links.map((l) => l.linkId).join(", ") || "none"})`,
      })),
    );
  }

  const byLayer = new Map<string, BearerLink[]>();
  for (const link of links.filter((l) => l.state === "due")) {
    byLayer.set(link.layer, [...(byLayer.get(link.layer) ?? []), link]);
  }
  const batches: RotationBatch[] = [];
  const max = Math.max(1, options.maxLinksPerPullRequest);
  for (const layer of [...byLayer.keys()].sort()) {
    const due = byLayer.get(layer)!;
    const parts = Math.ceil(due.length / max);
    for (let part = 0; part < parts; part++) {
      const members = due.slice(part * max, (part + 1) * max);
      const batchId = `rotation.${layer.toLowerCase().replace(/[^a-z0-9]+/g, "-")}${part === 0 ? "" : `.${part + 1}`}`;
      const date = options.recordedDate?.(batchId) ?? options.now;
      const contents = new Map<string, { content: string; previous: string; generation: number }>();
      for (const link of members) {
        link.batchId = batchId;
        const { text, slots } = rotatable.get(link.path)!;
        const rotated = rotateTokenFile(text, link.path, snakeCase(link.linkId), slots, date);
        contents.set(link.path, { ...rotated, previous: text });
      }
      batches.push({
        batchId,
        layer,
        account: members[0]!.account,
        links: members,
        step: batchStep(layer, members, contents, date, parts > 1 ? `${part + 1}/${parts}` : undefined),
      });
    }
  }
  return { links, batches };
}

function batchStep(
  layer: string,
  links: BearerLink[],
  contents: Map<string, { content: string; previous: string; generation: number }>,
  date: Date,
  part: string | undefined,
): Step {
  const argocdLayers = [...new Set(links.flatMap((l) => (l.argocdLayer ? [l.argocdLayer] : [])))].sort();
  const apply = [layer, ...argocdLayers].map((l) => `cd ${l} && leverage tf apply`);
  const manual = links.filter((l) => !l.argocdLayer);
  const count = `${links.length} bearer token${links.length === 1 ? "" : "s"}`;
  const title = `argocd-cluster-link: rotate ${count} in ${layer}${part ? ` (part ${part})` : ""}`;
  const body = [
    `Rotates the ArgoCD bearer token of ${links.length === 1 ? "one link" : `${links.length} links`} whose RBAC files are in ${code(layer)}.`,
    "",
    "| link | token age | generation | ArgoCD layer |",
    "|------|-----------|------------|--------------|",
    ...links.map(
      (l) =>
        `| ${code(l.linkId)} | ${ageText(l)} | ${l.generation} → ${contents.get(l.path)!.generation} | ` +
        `${l.argocdLayer ? code(l.argocdLayer) : "none found: update ArgoCD's cluster secret by hand"} |`,
    ),
    "",
    "### Why",
    "- Each link keeps two token Secrets. This gives the older one the next generation and points the token output at it;",
    "  the token ArgoCD uses now is kept, so ArgoCD keeps working between the two applies.",
    "- Applying the target layer creates the new tokens and deletes the ones before the current ones; applying each",
    "  ArgoCD layer afterwards makes ArgoCD read the new tokens through remote state.",
    "- Apply the ArgoCD layers before merging the next rotation of these links: the next one deletes the tokens ArgoCD holds now.",
    ...(manual.length
      ? [`- No ArgoCD layer reading the token was found for ${manual.map((l) => code(l.linkId)).join(", ")}.`]
      : []),
    "",
    "### Files",
    ...links.map((l) => `- edited: ${code(l.path)}`),
    "",
    "### Apply, once merged, in this order",
    "```sh",
    ...apply,
    "```",
    "",
    dateMarker(date),
  ].join("\n");
  return {
    id: ROTATE_TOKEN_ID,
    number: 1,
    total: 1,
    account: links[0]!.account,
    layers: [layer, ...argocdLayers],
    title,
    body: body + "\n",
    apply,
    files: links.map((l) => ({
      path: l.path,
      action: "update" as const,
      content: contents.get(l.path)!.content,
      previous: contents.get(l.path)!.previous,
    })),
  };
}
