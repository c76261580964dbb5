// Surgical edits of existing Terraform files: add (or replace) one element of a list, or a few
// items of an object, and leave every other byte of the file as it was. Each edit re-scans its
// result so that a broken file is never returned.

import { LayoutError } from "../core/errors.js";
import { indentOf, objectItems, scanHcl, splitSequence } from "../hcl/scan.js";
import { renderBody, type BodyItem } from "../hcl/write.js";

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** True when only spaces precede `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === "";
}

function checked(text: string, path: string, what: string): string {
  try {
    scanHcl(text, path);
  } catch (error) {
    throw new LayoutError(`Editing ${path} (${what}) would break it: ${(error as Error).message}`);
  }
  return text;
}

function unsafe(path: string, what: string, snippet: string): never {
  throw new LayoutError(
    `${path}: cannot ${what} safely because the file is not laid out as expected. Add this by hand, then run again:\n\n${snippet}`,
  );
}

/**
 * Adds `body` as an object element of the list whose `[` is at `open`, or replaces the element
 * for which `isOwn` is true. The element is written `{ ... },` on its own lines.
 */
export function upsertListObject(
  text: string,
  path: string,
  open: number,
  body: BodyItem[],
  isOwn: (elementText: string) => boolean,
): string {
  const { items, close } = splitSequence(text, open, path);
  const attrIndent = indentOf(text, open);
  const indent = items[0] ? indentOf(text, items[0].start) : `${attrIndent}  `;
  const element = `{\n${renderBody(body, `${indent}  `)}${indent}}`;
  const own = items.find((i) => isOwn(text.slice(i.start, i.end)));
  if (own) {
    if (text.slice(own.start, own.end) === element) return text;
    return checked(text.slice(0, own.start) + element + text.slice(own.end), path, "replace list element");
  }
  // An empty list is rewritten whole, unless comments inside it must be kept: then it is extended
  // before its closing bracket like any other list.
  if (items.length === 0 && text.slice(open + 1, close).trim() === "") {
    const replacement = `[\n${indent}${element},\n${attrIndent}]`;
    return checked(text.slice(0, open) + replacement + text.slice(close + 1), path, "add list element");
  }
  if (!startsLine(text, close)) unsafe(path, "add a list element", `${indent}${element},`);
  const last = items.at(-1);
  let out = text;
  let shift = 0;
  if (last && last.comma === undefined) {
    out = out.slice(0, last.end) + "," + out.slice(last.end);
    shift = 1;
  }
  const at = lineStart(text, close) + shift;
  out = out.slice(0, at) + `${indent}${element},\n` + out.slice(at);
  return checked(out, path, "add list element");
}

/**
 * Sets `entries` (key → expression) in the object whose `{` is at `open`: existing keys get the new
 * value, missing ones are added together after a blank line and a comment, before the closing brace.
 */
export function upsertObjectItems(
  text: string,
  path: string,
  open: number,
  entries: [string, string][],
  note: string,
): string {
  const { items, close } = objectItems(text, open, path);
  let out = text;
  const missing: [string, string][] = [];
  // Replace from the end so earlier offsets stay valid.
  const replacements: { start: number; end: number; value: string }[] = [];
  for (const [key, value] of entries) {
    const item = items.find((i) => i.key === key);
    if (!item) missing.push([key, value]);
    else if (text.slice(item.valueStart, item.valueEnd) !== value) {
      replacements.push({ start: item.valueStart, end: item.valueEnd, value });
    }
  }
  for (const r of replacements.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, r.start) + r.value + out.slice(r.end);
  }
  if (missing.length === 0) return replacements.length ? checked(out, path, "set object items") : text;
  const indent = items[0] ? indentOf(text, items[0].start) : `${indentOf(text, open)}  `;
  const group = renderBody(
    [
      { kind: "comment", text: note },
      ...missing.map(([k, v]): BodyItem => ({ kind: "attr", name: k, value: { raw: v } })),
    ],
    indent,
  );
  const shifted = close + (out.length - text.length);
  if (!startsLine(out, shifted)) unsafe(path, "add template variables", group);
  const at = lineStart(out, shifted);
  const separator = items.length > 0 ? "\n" : "";
  out = out.slice(0, at) + separator + group + out.slice(at);
  return checked(out, path, "add object items");
}
