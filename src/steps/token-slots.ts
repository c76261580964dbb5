// The token Secrets of a bearer-token link, in the target's RBAC file. A link keeps up to two
// slots: `kubernetes_secret_v1.argocd_link_<snake>` (slot a, the only one of a link made or
// last edited before two slots) and `..._b` (slot b). Each slot's generate_name carries a
// generation (`argocd-link-<name>-g<N>-`); the token output reads the slot with the highest one.
// A rotation gives the OTHER slot generation N+1 and points the output at it: applying the target
// layer creates N+1 and deletes N-1, and keeps N (the token ArgoCD holds) until the next rotation,
// so ArgoCD's token stays valid until its layer is applied and reads N+1.
//
// Reading and rotating are byte-preserving: only the generate_name of the rotated slot, the
// output's value and the header's `token-created:` line change (a single-slot file also gets slot
// b, a copy of slot a). The result equals what `rbacFile` renders for the same slots, so replanning
// the link afterwards changes nothing.

import { findAttribute, findBlocks, scanHcl, stringLiteral, type HclBlock } from "../hcl/scan.js";
import { quote } from "../hcl/write.js";

export type SlotName = "a" | "b";

export interface TokenSlot {
  slot: SlotName;
  generation: number;
  /** `argocd-link-<name>-g`, before the generation. */
  prefix: string;
  block: HclBlock;
  /** Offsets of the generate_name string literal. */
  start: number;
  end: number;
}

export interface TokenSlots {
  /** The slot the output reads: the newest generation. */
  current: TokenSlot;
  /** The other slot, kept alive until the next rotation. */
  previous?: TokenSlot;
  /** When the current token was created, from the header (written by a rotation). */
  createdAt?: Date;
}

/** The resource name of a slot's Secret. */
export function slotResource(snake: string, slot: SlotName): string {
  return slot === "a" ? `argocd_link_${snake}` : `argocd_link_${snake}_b`;
}

export const CREATED_LINE = /^# token-created: (\S+)$/m;

/** The header line that records when the current token was created (UTC, to the second). */
export function createdLine(at: Date): string {
  return `token-created: ${at.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
}

/**
 * The token slots of a link's RBAC file: `undefined` when the file has no token Secret (not a
 * bearer-token link), `{ problem }` when it has but its shape was edited beyond what a rotation
 * can change safely (the problem says what is off).
 */
export function readTokenSlots(
  text: string,
  path: string,
  snake: string,
): TokenSlots | { problem: string } | undefined {
  const items = scanHcl(text, path);
  const secrets = findBlocks(items, "resource", "kubernetes_secret_v1");
  if (secrets.length === 0) return undefined;
  const slots: TokenSlot[] = [];
  for (const block of secrets) {
    const name = block.labels[1];
    const slot: SlotName | undefined =
      name === slotResource(snake, "a") ? "a" : name === slotResource(snake, "b") ? "b" : undefined;
    if (!slot) return { problem: `the token Secret ${name} is not one of this link's two slots` };
    const metadata = findBlocks(block.body, "metadata")[0];
    const attribute = metadata && findAttribute(metadata, "generate_name");
    const literal = attribute && stringLiteral(text.slice(attribute.exprStart, attribute.exprEnd));
    const match = literal === undefined ? null : /^(argocd-link-[a-z0-9-]+-g)(\d{1,9})-$/.exec(literal);
    if (!attribute || !match) {
      return { problem: `the token Secret ${name} has no generate_name "argocd-link-<name>-g<N>-"` };
    }
    slots.push({
      slot,
      generation: Number(match[2]),
      prefix: match[1]!,
      block,
      start: attribute.exprStart,
      end: attribute.exprEnd,
    });
  }
  if (!slots.some((s) => s.slot === "a"))
    return { problem: `slot a (${slotResource(snake, "a")}) is missing` };
  const [first, second] = slots;
  if (second && second.slot === first!.slot)
    return { problem: `the token Secret ${first!.block.labels[1]} is defined twice` };
  if (second && (second.generation === first!.generation || second.prefix !== first!.prefix)) {
    return { problem: "the two token Secrets do not hold two generations of the same name" };
  }
  const newest = second && second.generation > first!.generation ? second : first!;
  const outputRef = tokenOutputSlot(text, items, snake);
  if (outputRef === undefined) {
    return { problem: "no output reads a token Secret's data.token" };
  }
  if (outputRef !== newest.slot) {
    return {
      problem: `the token output reads slot ${outputRef}, not the newest generation (${newest.generation})`,
    };
  }
  const created = CREATED_LINE.exec(text)?.[1];
  const createdAt = created === undefined ? undefined : new Date(created);
  if (createdAt && Number.isNaN(createdAt.getTime())) {
    return { problem: `the header's token-created date ${JSON.stringify(created)} is not a date` };
  }
  const previous = slots.find((s) => s !== newest);
  return { current: newest, ...(previous ? { previous } : {}), ...(createdAt ? { createdAt } : {}) };
}

/** Which slot the token output reads, from `value = kubernetes_secret_v1.<slot>.data.token`. */
function tokenOutputSlot(
  text: string,
  items: ReturnType<typeof scanHcl>,
  snake: string,
): SlotName | undefined {
  const output = findBlocks(items, "output", `argocd_link_${snake}_bearer_token`)[0];
  const value = output && findAttribute(output, "value");
  if (!value) return undefined;
  const expr = text.slice(value.exprStart, value.exprEnd).trim();
  if (expr === `kubernetes_secret_v1.${slotResource(snake, "a")}.data.token`) return "a";
  if (expr === `kubernetes_secret_v1.${slotResource(snake, "b")}.data.token`) return "b";
  return undefined;
}

/**
 * The file with the next token generation in the other slot, the output reading it and the
 * header's `token-created:` set to `now`. `slots` must come from readTokenSlots on `text`.
 */
export function rotateTokenFile(
  text: string,
  path: string,
  snake: string,
  slots: TokenSlots,
  now: Date,
): { content: string; generation: number } {
  const generation = slots.current.generation + 1;
  const literal = quote(`${slots.current.prefix}${generation}-`);
  const edits: { start: number; end: number; text: string }[] = [];
  if (slots.previous) {
    edits.push({ start: slots.previous.start, end: slots.previous.end, text: literal });
  } else {
    // Slot b does not exist yet: a copy of slot a, right after it, with the new generation.
    const a = slots.current.block;
    const copy =
      text
        .slice(a.start, slots.current.start)
        .replace(`"${slotResource(snake, "a")}"`, `"${slotResource(snake, "b")}"`) +
      literal +
      text.slice(slots.current.end, a.end);
    edits.push({ start: a.end, end: a.end, text: `\n\n${copy}` });
  }
  const target: SlotName = slots.previous ? slots.previous.slot : "b";
  const items = scanHcl(text, path);
  const value = findAttribute(findBlocks(items, "output", `argocd_link_${snake}_bearer_token`)[0]!, "value")!;
  edits.push({
    start: value.exprStart,
    end: value.exprEnd,
    text: `kubernetes_secret_v1.${slotResource(snake, target)}.data.token`,
  });
  const line = `# ${createdLine(now)}`;
  const existing = CREATED_LINE.exec(text);
  if (existing) {
    edits.push({ start: existing.index, end: existing.index + existing[0].length, text: line });
  } else {
    // At the end of the leading comment block (the header).
    const headerEnd = /^(?:#[^\n]*\n)*/.exec(text)![0].length;
    edits.push({ start: headerEnd, end: headerEnd, text: `${line}\n` });
  }
  let content = text;
  for (const edit of edits.sort((x, y) => y.start - x.start)) {
    content = content.slice(0, edit.start) + edit.text + content.slice(edit.end);
  }
  return { content, generation };
}
