// The reverse of the link's edits of shared files: each removes exactly the lines a link added
// (found by its marker comment or its cluster entry), and refuses to remove what the link could not
// have written, returning those lines for a hand edit instead.

import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import { ARN_ANNOTATION, IRSA_ANNOTATION, POD_ROLE_ANNOTATION, parseValues } from "../edit/values-yaml.js";
import { MARKER } from "../link/names.js";

/** What the link writes in its cluster entry; any other key means someone edited it. */
const ENTRY_KEYS = new Set([
  "name",
  "server",
  "labels",
  "annotations",
  "namespaces",
  "clusterResources",
  "config",
]);
const CONFIG_KEYS = new Set(["awsAuthConfig", "bearerToken", "tlsClientConfig"]);
/** Instance-wide settings a link may add that other clusters rely on: never removed by an unlink. */
export const KEPT_SETTINGS = ["resource.respectRBAC"];

export interface ValuesRemoval {
  text: string;
  /** The entry's server URL, to warn about what still points at it. */
  server?: string;
  /** Template variables (`${name}`) the removed entry read. */
  vars: string[];
  /** The entry authenticated with awsAuthConfig (the iam-role method). */
  iamRole: boolean;
  /** The IRSA annotation's variable, when this removal took the annotations away (the last iam-role entry). */
  removedIrsaVar?: string;
  /** The IRSA annotation's variable, kept because another entry still uses awsAuthConfig. */
  keptIrsaVar?: string;
  /** No cluster entry is left in the file. */
  noEntriesLeft: boolean;
  keptSettings: string[];
  /** The entry has content the link does not write: it is left in place, these are its lines. */
  handEdit?: string;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\$\{([A-Za-z_][\w-]*)\}/g)].map((m) => m[1]!);

function getIn(doc: Document, path: string[]): unknown {
  return doc.getIn(path, true);
}

/** A span of whole lines of the original text, [start, end). */
type LineSpan = [number, number];

const lineStart = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;

/** The offset after the line where `end` falls (or `end` itself when it already ends a line). */
function lineAfter(text: string, end: number): number {
  if (end > 0 && text[end - 1] === "\n") return end;
  const newline = text.indexOf("\n", end);
  return newline < 0 ? text.length : newline + 1;
}

/** The whole lines of a pair (key line to the end of its value) or of a sequence item. */
function spanOf(text: string, node: Pair | Node): LineSpan | undefined {
  if (isPair(node)) {
    const key = node.key as Node | null;
    const end = (node.value as Node | null)?.range?.[1] ?? key?.range?.[1];
    if (!key?.range || end === undefined) return undefined;
    return [lineStart(text, key.range[0]), lineAfter(text, end)];
  }
  if (!node.range) return undefined;
  return [lineStart(text, node.range[0]), lineAfter(text, node.range[1])];
}

/**
 * Deletes `path` from the document, and each parent the deletion would leave empty (the link
 * created those), recording the whole lines of the outermost node removed: the text is then cut
 * by those lines only, so everything around them keeps its bytes (indentation, blank lines,
 * comments, sequence style), where printing the document again would re-render the whole file.
 */
function deleteAndPrune(doc: Document, text: string, path: (string | number)[], cut: LineSpan[]): void {
  let n = path.length;
  while (n > 1) {
    const parent = doc.getIn(path.slice(0, n - 1), true);
    if ((isMap(parent) || isSeq(parent)) && parent.items.length === 1) n--;
    else break;
  }
  const target = path.slice(0, n);
  const container = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
  const key = target[n - 1];
  const node = isSeq(container)
    ? (container.items[key as number] as Node | undefined)
    : isMap(container)
      ? (container.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key)
      : undefined;
  const span = node && spanOf(text, node);
  if (!span) throw new Error(`unlink: no source lines for ${target.join(".")}`);
  cut.push(span);
  doc.deleteIn(target);
}

/** `text` without the lines of `spans` (overlapping spans are cut once). */
function cutLines(text: string, spans: LineSpan[]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of sorted) {
    if (start > at) out += text.slice(at, start);
    at = Math.max(at, end);
  }
  return out + text.slice(at);
}

/** Removes the cluster entry `id` (one with the link's ARN annotation) from an ArgoCD values file, if it has one. */
export function removeClusterEntry(text: string, id: string): ValuesRemoval | undefined {
  if (!text.includes(ARN_ANNOTATION)) return undefined;
  const { doc } = parseValues(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    // Not readable, so not safely editable: when it may hold the entry, a person must look.
    if (!new RegExp(`\\b${id}\\b`).test(text)) return undefined;
    const why = doc.errors[0]?.message.split("\n")[0] ?? "its top level is not a map";
    return {
      text,
      vars: [],
      iamRole: false,
      noEntriesLeft: false,
      keptSettings: [],
      handEdit: `# cannot be read as YAML (${why}): remove the cluster entry ${id} by hand`,
    };
  }
  const credentials = getIn(doc, ["configs", "clusterCredentials"]);
  let entryPath: (string | number)[] | undefined;
  let entry: YAMLMap | undefined;
  /** Where the entry's lines start: its `- ` item or its `name:` key. */
  let start: number | undefined;
  if (isSeq(credentials)) {
    const index = credentials.items.findIndex((item) => isMap(item) && item.get("name") === id);
    if (index >= 0) {
      entryPath = ["configs", "clusterCredentials", index];
      entry = credentials.items[index] as YAMLMap;
    }
  } else if (isMap(credentials)) {
    const node = credentials.get(id, true);
    if (isMap(node)) {
      entryPath = ["configs", "clusterCredentials", id];
      entry = node;
      const pair = credentials.items.find((p) => isScalar(p.key) && p.key.value === id);
      start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    }
  }
  if (!entry || !entryPath) return undefined;
  const json = entry.toJSON() as Record<string, unknown>;
  const annotations = (json.annotations ?? {}) as Record<string, unknown>;
  if (annotations[ARN_ANNOTATION] === undefined) return undefined;
  const config = (json.config ?? {}) as Record<string, unknown>;
  const iamRole = config.awsAuthConfig !== undefined;
  const server = typeof json.server === "string" ? json.server : undefined;
  const vars = placeholders(JSON.stringify(config));
  const keptSettings = KEPT_SETTINGS.filter((key) => getIn(doc, ["configs", "cm", key]) !== undefined);
  const foreign = [
    ...Object.keys(json).filter((k) => !ENTRY_KEYS.has(k)),
    ...Object.keys(annotations)
      .filter((k) => k !== ARN_ANNOTATION)
      .map((k) => `annotations.${k}`),
    ...Object.keys(config)
      .filter((k) => !CONFIG_KEYS.has(k))
      .map((k) => `config.${k}`),
  ];
  const base = { server, vars, iamRole, keptSettings };
  if (foreign.length > 0) {
    return {
      ...base,
      text,
      noEntriesLeft: false,
      handEdit: `${sourceLines(text, start ?? entry.range?.[0], entry.range?.[2]) ?? String(entry)}\n# not written by ${MARKER}: ${foreign.join(", ")}`,
    };
  }
  const cut: LineSpan[] = [];
  deleteAndPrune(doc, text, entryPath, cut);
  const left = getIn(doc, ["configs", "clusterCredentials"]);
  const noEntriesLeft = !((isMap(left) || isSeq(left)) && left.items.length > 0);
  const stillIam = (isMap(left) || isSeq(left)) && JSON.stringify(left.toJSON()).includes('"awsAuthConfig"');

  let removedIrsaVar: string | undefined;
  let keptIrsaVar: string | undefined;
  if (iamRole && isMap(doc.contents)) {
    for (const pair of [...doc.contents.items]) {
      const component = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      // The IRSA role of the service account, and the pod annotation that rolled the pods when it
      // was added: both belong to the release's iam-role links, so they go with the last one.
      for (const path of [
        [component, "serviceAccount", "annotations", IRSA_ANNOTATION],
        [component, "podAnnotations", POD_ROLE_ANNOTATION],
      ]) {
        const value = doc.getIn(path);
        const irsa = typeof value === "string" ? placeholders(value) : [];
        if (irsa.length !== 1 || value !== `\${${irsa[0]}}`) continue;
        if (stillIam) keptIrsaVar = irsa[0];
        else {
          removedIrsaVar = irsa[0];
          deleteAndPrune(doc, text, path, cut);
        }
      }
    }
  }
  return { ...base, text: cutLines(text, cut), noEntriesLeft, removedIrsaVar, keptIrsaVar };
}

/** The whole lines of `text` from the one holding `from` to `to`, as written. */
function sourceLines(text: string, from: number | undefined, to: number | undefined): string | undefined {
  if (from === undefined || to === undefined) return undefined;
  return text.slice(text.lastIndexOf("\n", from - 1) + 1, to).trimEnd();
}

/** The lines of `text`, each with its line break, so that joining them gives `text` back. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A one-line `name = value` attribute without a trailing comment (terraform fmt aligns runs of them). */
const ONE_LINE_ATTRIBUTE = /^([ \t]*)([A-Za-z_][\w-]*)[ \t]*=[ \t]*([^#\n]*?)[ \t]*(\n?)$/;

function oneLineAttribute(line: string) {
  const m = ONE_LINE_ATTRIBUTE.exec(line);
  // A value that opens a bracket or a heredoc goes on over the next lines: it ends a run.
  if (!m || /[{[(]$|<<-?\w+$|\/\//.test(m[3]!)) return undefined;
  return { indent: m[1]!, name: m[2]!, value: m[3]!, newline: m[4]! };
}

/**
 * Aligns the `=` of the run of one-line attributes around `lines[at]` as terraform fmt does, after
 * a removal shortened or joined the run (its padding was set for a name that is gone). A run ends
 * at a blank line, a comment, another indentation or a multi-line value.
 */
function realignAround(lines: string[], at: number): void {
  const here = lines[at] === undefined ? undefined : oneLineAttribute(lines[at]!);
  if (!here) return;
  const inRun = (i: number) => {
    const line = lines[i];
    return line !== undefined && oneLineAttribute(line)?.indent === here.indent;
  };
  let start = at;
  let end = at;
  while (inRun(start - 1)) start--;
  while (inRun(end + 1)) end++;
  const run = lines.slice(start, end + 1).map((line) => oneLineAttribute(line)!);
  const width = Math.max(...run.map((a) => a.name.length));
  run.forEach((a, k) => {
    lines[start + k] = `${a.indent}${a.name.padEnd(width)} = ${a.value}${a.newline}`;
  });
}

const markerLine = (id: string) => new RegExp(`^\\s*#\\s*${MARKER}: ${id.replace(/-/g, "\\-")} \\(`);
const ITEM = /^\s*([A-Za-z_][\w-]*)\s*=/;

export interface LinesRemoval {
  text: string;
  /** Lines next to the link's marker that the link did not write: left in place for a hand edit. */
  handEdit?: string;
}

/**
 * Removes the group of template variables the link added to a `templatefile()` call: its marker
 * comment, the blank line before it, and its `name = value` lines among `vars`. `keep` names a
 * variable other links still read (the release's IRSA role).
 */
export function removeTemplateGroup(
  text: string,
  id: string,
  vars: Set<string>,
  keep?: string,
): LinesRemoval {
  const all = lines(text);
  const out: string[] = [];
  const foreign: string[] = [];
  /** Where lines of a shortened group now start in `out`. */
  const touched: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (!markerLine(id).test(line) || /^\s*\{\s*$/.test(out.at(-1) ?? "")) {
      out.push(line);
      continue;
    }
    // The group: the marker, then `name = value` lines up to a blank line, a comment or the brace.
    let j = i + 1;
    const kept: string[] = [];
    for (; j < all.length; j++) {
      const item = ITEM.exec(all[j]!);
      if (!item) break;
      if (item[1] === keep) kept.push(all[j]!);
      else if (vars.has(item[1]!)) continue;
      else {
        kept.push(all[j]!);
        foreign.push(all[j]!.trimEnd());
      }
    }
    if (kept.length === 0 && (out.at(-1) ?? "").trim() === "") out.pop();
    if (kept.length > 0) touched.push(out.length);
    out.push(...kept);
    i = j - 1;
  }
  for (const at of touched) realignAround(out, at);
  return { text: out.join(""), ...(foreign.length ? { handEdit: foreign.join("\n") } : {}) };
}

/**
 * Removes every `name = value` line of `vars` (a variable left behind by a link removed earlier),
 * and the blank line that separated it when nothing else is left in its group.
 */
export function removeVarLines(text: string, vars: Set<string>): string {
  const all = lines(text);
  const out: string[] = [];
  /** Positions in `out` next to a removed line (`out.length` is the line that will follow it). */
  const touched: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const item = ITEM.exec(all[i]!);
    if (!(item && vars.has(item[1]!) && !/[{[(]\s*$/.test(all[i]!))) {
      out.push(all[i]!);
      continue;
    }
    const next = all[i + 1] ?? "";
    if ((out.at(-1) ?? "").trim() === "" && (next.trim() === "" || /^\s*\}/.test(next))) out.pop();
    // The lines on both sides of the removed one may have been aligned to it.
    touched.push(out.length - 1, out.length);
  }
  for (const at of touched) realignAround(out, at);
  return out.join("");
}

const ELEMENT_KEYS = new Set(["rolearn", "username", "groups"]);

/** Removes the `map_roles` element `{ # <marker> ... },` of the link; an empty list becomes `[]` again. */
export function removeListElement(text: string, id: string): LinesRemoval & { found: boolean } {
  const all = lines(text);
  for (let i = 1; i < all.length; i++) {
    if (!markerLine(id).test(all[i]!) || !/^\s*\{\s*$/.test(all[i - 1]!)) continue;
    const indent = /^\s*/.exec(all[i - 1]!)![0];
    let end = i + 1;
    while (end < all.length && !new RegExp(`^${indent}\\},?\\s*$`).test(all[end]!)) end++;
    if (end >= all.length)
      return {
        text,
        found: true,
        handEdit: all
          .slice(i - 1)
          .join("")
          .trimEnd(),
      };
    const foreign = all
      .slice(i + 1, end)
      .filter((line) => !(ITEM.exec(line) && ELEMENT_KEYS.has(ITEM.exec(line)![1]!)));
    if (foreign.length > 0) {
      return {
        text,
        found: true,
        handEdit: all
          .slice(i - 1, end + 1)
          .join("")
          .trimEnd(),
      };
    }
    const before = all.slice(0, i - 1);
    const after = all.slice(end + 1);
    // `[` then `]` with nothing between: the link rewrote an empty list `[]`.
    const opener = before.at(-1);
    if (opener !== undefined && /\[\s*\n$/.test(opener) && /^\s*\]/.test(after[0] ?? "")) {
      before[before.length - 1] = opener.replace(/\[\s*\n$/, "[" + after[0]!.replace(/^\s*\]/, "]"));
      after.shift();
    }
    return { text: [...before, ...after].join(""), found: true };
  }
  return { text, found: false };
}
