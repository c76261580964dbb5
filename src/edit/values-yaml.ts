// Edits of the argo-cd chart values template: the cluster credential entry (a list item before chart
// 7.0.0, a map entry keyed by name from 7.0.0), the IRSA role annotation of the service accounts, the
// pod annotation that rolls their pods, and argocd-cm settings. The file is a Terraform template:
// comments and `${...}` placeholders are kept, and a file with template directives (`%{ ... }`) is
// refused because it cannot be parsed as YAML.
//
// Edits are text insertions at positions the parser reports: every line of the original stays as it
// was (sequence indentation, blank lines, comments, quoting, document markers), so the pull request's
// diff only adds lines. The only lines rewritten are the link's own entry (when it changes) and an
// empty flow collection (`{}`/`[]`, the chart's defaults) that receives block content.

import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parse,
  parseAllDocuments,
  parseDocument,
  visit,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import { LayoutError } from "../core/errors.js";
import { restoreSkeleton, skeletonOf, type Skeleton } from "./values-skeleton.js";

export const ARN_ANNOTATION = "argocd-cluster-link/eks-cluster-arn";
export const IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";
/**
 * Pod annotation carrying the IRSA role ARN: the EKS pod identity webhook only mutates pods when
 * they are created, so a change of the pod template (this annotation) is what makes Helm roll them.
 */
export const POD_ROLE_ANNOTATION = "argocd-cluster-link/irsa-role-arn";

export interface ClusterCredential {
  name: string;
  server: string;
  labels?: Record<string, string>;
  annotations: Record<string, string>;
  namespaces?: string;
  clusterResources?: boolean;
  config: Record<string, unknown>;
}

/** An argocd-cm entry the link needs: added when absent, kept when it already holds an accepted value. */
export interface CmSetting {
  key: string;
  value: string;
  /** Values already in the file that serve the link as well (never overwritten). */
  accepted: readonly string[];
}

export interface ValuesEdit {
  form: "list" | "map";
  credential: ClusterCredential;
  /** Chart values keys of the service accounts to annotate with `irsaRoleArn`, if any. */
  irsaComponents?: string[];
  irsaRoleArn?: string;
  /** Values paths of pod annotations (e.g. `controller.podAnnotations`) that get POD_ROLE_ANNOTATION. */
  podAnnotations?: string[];
  /** Entries of `configs.cm` (argocd-cm). */
  cm?: CmSetting[];
}

/** Escapes a literal for a Terraform template: `${` and `%{` would otherwise be interpolated. */
export function templateLiteral(value: string): string {
  // A function replacer: in a replacement string "$$" would itself mean one "$".
  return value.replace(/([$%])\{/g, (_match, sigil: string) => `${sigil}${sigil}{`);
}

/** The values an edit adds, as one object (the snippet for a person, and the content to insert). */
function editedValues(edit: ValuesEdit): Record<string, unknown> {
  const { name, ...rest } = edit.credential;
  const credentials = edit.form === "list" ? [edit.credential] : { [name]: rest };
  const values: Record<string, unknown> = { configs: { clusterCredentials: credentials } };
  const cm = edit.cm ?? [];
  if (cm.length > 0)
    values.configs = { cm: Object.fromEntries(cm.map((s) => [s.key, s.value])), ...values.configs! };
  for (const component of edit.irsaComponents ?? []) {
    values[component] = { serviceAccount: { annotations: { [IRSA_ANNOTATION]: edit.irsaRoleArn } } };
  }
  for (const path of edit.podAnnotations ?? []) {
    const [component, key] = path.split(".") as [string, string];
    const current = (values[component] ?? {}) as Record<string, unknown>;
    values[component] = { ...current, [key]: { [POD_ROLE_ANNOTATION]: edit.irsaRoleArn } };
  }
  return values;
}

/** Renders what an edit adds as a YAML snippet, for messages that ask a person to add it by hand. */
export function snippetFor(edit: ValuesEdit): string {
  return render(editedValues(edit), { indent: 2, flush: false });
}

function cannotEdit(path: string, why: string, edit: ValuesEdit): never {
  throw new LayoutError(
    `${path}: cannot be edited safely (${why}). Merge this into it by hand, then run again:\n\n${snippetFor(edit)}`,
  );
}

/** How the file writes nested collections, so added lines look like their neighbours. */
interface Style {
  /** Spaces per nesting level. */
  indent: number;
  /** Block sequences at their parent key's indentation (`key:\n- a`) rather than indented. */
  flush: boolean;
}

function fileStyle(text: string): Style {
  const lines = text.split("\n");
  let flush: boolean | undefined;
  let indent: number | undefined;
  for (let i = 0; i + 1 < lines.length && (flush === undefined || indent === undefined); i++) {
    const key = /^(\s*)[^\s#-][^:]*:\s*(#.*)?$/.exec(lines[i]!);
    if (!key) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === "" || lines[j]!.trim().startsWith("#"))) j++;
    const next = lines[j];
    if (next === undefined) continue;
    const item = /^(\s*)- /.exec(next);
    const child = /^(\s*)\S/.exec(next)!;
    const depth = child[1]!.length - key[1]!.length;
    if (item && flush === undefined) flush = depth === 0;
    if (!item && indent === undefined && depth > 0) indent = depth;
  }
  return { indent: indent ?? 2, flush: flush ?? false };
}

/**
 * Whether a string written as a plain scalar reads back as the same string under YAML 1.1 (Helm,
 * go-yaml v2: `on`, `y`, `no`, `0b101`, `1_000` are booleans and numbers there) and YAML 1.2.
 */
function plainIsString(value: string): boolean {
  if (value === "" || value !== value.trim()) return false;
  for (const version of ["1.1", "1.2"] as const) {
    try {
      if (parse(`k: ${value}\n`, { version, uniqueKeys: false }).k !== value) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Renders new values as block YAML in the file's style. Every string value is double-quoted (it comes
 * from a request or from AWS, and must read back as the same string under YAML 1.1 and 1.2); keys
 * stay plain unless a YAML 1.1 reader would not read them as the same string.
 */
function render(value: unknown, style: Style): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value !== "string") return;
      if (key !== "key" || !plainIsString(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString({ lineWidth: 0, indent: style.indent, indentSeq: !style.flush });
}

/** `rendered` (lines at column 0) moved to `column`. */
function indentLines(rendered: string, column: number): string {
  const pad = " ".repeat(column);
  return rendered
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}

const lineStart = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
const columnOf = (text: string, offset: number) => offset - lineStart(text, offset);

/** The offset of the line after the one where a node's content ends: where text can follow it. */
function afterNode(text: string, node: Node | Pair): number {
  const end = isPair(node)
    ? ((node.value as Node | null)?.range?.[1] ?? (node.key as Node).range![1])
    : node.range![1];
  if (end > 0 && text[end - 1] === "\n") return end;
  const newline = text.indexOf("\n", end);
  return newline < 0 ? text.length : newline + 1;
}

/** Inserts `lines` (each ending with a newline) at `offset`, adding a newline to a last line that lacks one. */
function insertAt(text: string, offset: number, lines: string): string {
  if (offset === text.length && text.length > 0 && !text.endsWith("\n")) return `${text}\n${lines}`;
  return text.slice(0, offset) + lines + text.slice(offset);
}

/** Thrown for a place the text edit cannot reach (a non-empty flow collection). */
class Unreachable extends Error {}

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);
const findPair = (map: YAMLMap, key: string) =>
  (map.items as Pair[]).find((p) => isPair(p) && keyOf(p) === key);

/** A value that holds nothing yet: `key:`, `key: ~`, `key: {}`, `key: []`. */
function isEmptyValue(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) return node.value === null;
  return (isMap(node) || isSeq(node)) && node.flow === true && node.items.length === 0;
}

/**
 * Fills the empty value of `pair` with `value` (a map or a list), below the key line. `{}`, `[]`, `~`
 * or `null` after the key are removed (the only change to an existing line); a comment stays.
 */
function fillPair(text: string, pair: Pair, value: unknown, style: Style): string {
  const key = pair.key as Node;
  const keyColumn = columnOf(text, key.range![0]);
  const valueNode = pair.value as Node | null;
  let out = text;
  if (valueNode?.range && valueNode.range[1] > valueNode.range[0]) {
    // Remove the flow/empty token and the spaces before it, keeping what follows (a comment).
    let start = valueNode.range[0];
    while (start > 0 && out[start - 1] === " ") start--;
    const rest = out.slice(valueNode.range[1]);
    out = out.slice(0, start) + rest;
  }
  const lineEnd = out.indexOf("\n", key.range![0]);
  const at = lineEnd < 0 ? out.length : lineEnd + 1;
  const column = Array.isArray(value)
    ? keyColumn + (style.flush ? 0 : style.indent)
    : keyColumn + style.indent;
  return insertAt(out, at, indentLines(render(value, style), column));
}

/** Nests `value` under `keys`: (["a", "b"], v) -> {a: {b: v}}. */
const nest = (keys: string[], value: unknown): unknown =>
  keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);

type Slot =
  | { kind: "exists"; pair: Pair }
  | { kind: "add"; map: YAMLMap | null; depth: number }
  | { kind: "fill"; pair: Pair; depth: number };

/** Where `path` is in the document: its pair, or the map (or empty value) its first missing key goes into. */
function locate(doc: Document, path: string[], filePath: string): Slot {
  let node: unknown = doc.contents;
  if (node === null || (isScalar(node) && node.value === null)) return { kind: "add", map: null, depth: 0 };
  for (let depth = 0; depth < path.length; depth++) {
    if (!isMap(node)) {
      throw new LayoutError(`${filePath}: ${path.slice(0, depth).join(".") || "the document"} is not a map.`);
    }
    if (node.flow) throw new Unreachable(path.slice(0, depth).join("."));
    const pair = findPair(node, path[depth]!);
    if (!pair) return { kind: "add", map: node, depth };
    if (depth === path.length - 1) return { kind: "exists", pair };
    if (isEmptyValue(pair.value)) return { kind: "fill", pair, depth: depth + 1 };
    node = pair.value;
  }
  throw new Error("unreachable: empty path");
}

/** Adds `path: value` where the path (or part of it) is missing; an existing leaf is left to the caller. */
function addIn(
  text: string,
  path: string[],
  value: unknown,
  style: Style,
  filePath: string,
  parse: (text: string) => Document,
): string {
  const doc = parse(text);
  const slot = locate(doc, path, filePath);
  if (slot.kind === "exists") {
    if (!isEmptyValue(slot.pair.value)) throw new Error(`addIn: ${path.join(".")} already has a value`);
    return fillPair(text, slot.pair, value, style);
  }
  const rest = nest(path.slice(slot.depth + 1), value);
  const key = path[slot.depth]!;
  if (slot.kind === "fill") return fillPair(text, slot.pair, { [key]: rest }, style);
  const map = slot.map;
  const items = (map?.items ?? []) as Pair[];
  if (!map || items.length === 0) {
    // An empty document: the new key goes at the end, before a `...` end marker if there is one.
    const end = /(^|\n)\.\.\.[ \t]*(#.*)?\n?\s*$/.exec(text);
    const at = end ? end.index + (end[1] ? 1 : 0) : text.length;
    return insertAt(text, at, render({ [key]: rest }, style));
  }
  const column = columnOf(text, (items[0]!.key as Node).range![0]);
  return insertAt(
    text,
    afterNode(text, items[items.length - 1]!),
    indentLines(render({ [key]: rest }, style), column),
  );
}

/** Replaces a node's whole lines (from its first line to after its content) with `rendered` at its column. */
function replaceLines(text: string, start: number, after: number, rendered: string, column: number): string {
  return text.slice(0, lineStart(text, start)) + indentLines(rendered, column) + text.slice(after);
}

/**
 * A values template parsed once, to be read and edited. With a skeleton, `doc` is the document
 * without the cluster entries of other links (see values-skeleton.ts): everything a link reads
 * besides its own entry is there.
 */
export interface ParsedValues {
  /** The text `doc` was parsed from: the file, or its skeleton's text. */
  text: string;
  doc: Document;
  skeleton?: Skeleton;
}

const parseYamlDocument = (text: string) =>
  parseDocument(text, { keepSourceTokens: false, logLevel: "silent" });

/**
 * Parses a values template. Given the name of the cluster entry a link edits, the entries of other
 * links are left out when that is safe; the whole file is parsed when it is not, and when the
 * skeleton has errors or does not parse into the shape it was cut to (then the errors reported are
 * the whole file's).
 */
export function parseValues(text: string, entryName?: string): ParsedValues {
  const skeleton = entryName === undefined ? undefined : skeletonOf(text, entryName);
  if (skeleton) {
    const doc = parseYamlDocument(skeleton.text);
    if (doc.errors.length === 0 && standInsInPlace(doc, skeleton))
      return { text: skeleton.text, doc, skeleton };
  }
  return { text, doc: parseYamlDocument(text) };
}

/** Whether every stand-in parsed as an entry of a block configs.clusterCredentials of the skeleton's form. */
function standInsInPlace(doc: Document, skeleton: Skeleton): boolean {
  const credentials = doc.getIn(["configs", "clusterCredentials"], true);
  const found = new Set<unknown>();
  if (skeleton.form === "map" && isMap(credentials) && !credentials.flow) {
    for (const pair of credentials.items as Pair[]) {
      if (isScalar(pair.key) && isScalar(pair.value) && pair.value.value === 0) found.add(pair.key.value);
    }
  } else if (skeleton.form === "list" && isSeq(credentials) && !credentials.flow) {
    for (const item of credentials.items) if (isScalar(item)) found.add(item.value);
  }
  return skeleton.holes.every((hole) => found.has(hole.value));
}

/**
 * Whether the text holds more than one YAML document. A second document needs a `---` or `...`
 * marker at the start of a line, so only a text with one is parsed again (in full) to count them.
 */
function manyDocuments(text: string): boolean {
  if (!/^(?:---|\.\.\.)(?:[ \t\r]|$)/m.test(text)) return false;
  return parseAllDocuments(text, { logLevel: "silent" }).length > 1;
}

/**
 * The document of `text`, parsed again only when the text changed since the last call: most edits
 * of a rerun or of a further link leave the file as it is, and each parse reads the whole file.
 */
function parserFrom(text: string, doc: Document): (current: string) => Document {
  let last = { text, doc };
  return (current) => {
    if (current !== last.text) last = { text: current, doc: parseYamlDocument(current) };
    return last.doc;
  };
}

function credentialsEdit(
  text: string,
  path: string,
  edit: ValuesEdit,
  style: Style,
  parse: (text: string) => Document,
): string {
  const { credential } = edit;
  const doc = parse(text);
  const own = (existing: unknown) => {
    const annotations = (existing as { annotations?: Record<string, unknown> } | undefined)?.annotations;
    return annotations?.[ARN_ANNOTATION] === credential.annotations[ARN_ANNOTATION];
  };
  const foreign = () =>
    new LayoutError(
      `${path}: ArgoCD already has a cluster named "${credential.name}" that argocd-cluster-link did not create ` +
        `for this target. Choose another argocd-cluster-name.`,
    );
  const slot = locate(doc, ["configs", "clusterCredentials"], path);
  const { name, ...rest } = credential;
  const fresh = edit.form === "list" ? [credential] : { [name]: rest };
  if (slot.kind !== "exists" || isEmptyValue(slot.pair.value)) {
    return addIn(text, ["configs", "clusterCredentials"], fresh, style, path, parse);
  }
  const existing = slot.pair.value;
  if (edit.form === "list") {
    if (!isSeq(existing)) {
      throw new LayoutError(
        `${path}: configs.clusterCredentials is a map, but the chart version in use (< 7.0.0) expects a list.`,
      );
    }
    if (existing.flow) throw new Unreachable("configs.clusterCredentials");
    const items = existing.items as unknown[];
    const index = items.findIndex((item) => isMap(item) && item.get("name") === credential.name);
    // The sequence starts at its first `-`: the first item's own content may sit on the next line
    // (`-` alone, or `- # comment`), indented deeper than the dashes.
    const column = columnOf(text, existing.range![0]);
    const rendered = render([credential], style);
    if (index < 0)
      return insertAt(text, afterNode(text, items[items.length - 1] as Node), indentLines(rendered, column));
    const item = items[index] as YAMLMap;
    if (!own(item.toJSON())) throw foreign();
    if (JSON.stringify(item.toJSON()) === JSON.stringify(credential)) return text;
    return replaceLines(text, item.range![0], afterNode(text, item), rendered, column);
  }
  if (!isMap(existing)) {
    throw new LayoutError(
      `${path}: configs.clusterCredentials is a list, but the chart version in use (>= 7.0.0) expects a map keyed by cluster name.`,
    );
  }
  if (existing.flow) throw new Unreachable("configs.clusterCredentials");
  const current = findPair(existing, name);
  if (!current) return addIn(text, ["configs", "clusterCredentials", name], rest, style, path, parse);
  if (!(isMap(current.value) && own(current.value.toJSON()))) throw foreign();
  if (JSON.stringify(current.value.toJSON()) === JSON.stringify(rest)) return text;
  const key = current.key as Node;
  return replaceLines(
    text,
    key.range![0],
    afterNode(text, current),
    render({ [name]: rest }, style),
    columnOf(text, key.range![0]),
  );
}

/** Whether `doc` has `path` set to `value`, or to a value `keep` accepts. */
function settled(
  doc: Document,
  path: string[],
  value: string,
  keep: (current: unknown) => true | false | string,
): boolean {
  let slot: Slot;
  try {
    slot = locate(doc, path, "");
  } catch {
    return false; // the full edit reports it
  }
  if (slot.kind !== "exists" || isEmptyValue(slot.pair.value)) return false;
  const current = isScalar(slot.pair.value) ? slot.pair.value.value : (slot.pair.value as Node).toJSON();
  return current === value || keep(current) === true;
}

/**
 * Sets `path` to a scalar: added when absent; `keep(current)` decides about a value already there
 * (true: leave it, a string: the refusal; false: rewrite the link's own value).
 */
function scalarEdit(
  text: string,
  path: string[],
  value: string,
  style: Style,
  filePath: string,
  keep: (current: unknown) => true | false | string,
  parse: (text: string) => Document,
  original: Document,
): string {
  // The edits before this one added or replaced other paths only, so a value already as wanted in
  // the original document still is: no need to parse the edited text to see it.
  if (settled(original, path, value, keep)) return text;
  const slot = locate(parse(text), path, filePath);
  if (slot.kind !== "exists" || isEmptyValue(slot.pair.value)) {
    if (slot.kind === "exists" && slot.pair.value !== null && !isScalar(slot.pair.value)) {
      throw new LayoutError(`${filePath}: ${path.join(".")} is a collection, not a string.`);
    }
    if (slot.kind === "exists") {
      // `key:` with nothing after it: rewrite that line only.
      const key = slot.pair.key as Node;
      const after = afterNode(text, slot.pair);
      return replaceLines(
        text,
        key.range![0],
        after,
        render({ [path.at(-1)!]: value }, style),
        columnOf(text, key.range![0]),
      );
    }
    return addIn(text, path, value, style, filePath, parse);
  }
  const current = isScalar(slot.pair.value) ? slot.pair.value.value : (slot.pair.value as Node).toJSON();
  if (current === value) return text;
  const verdict = keep(current);
  if (verdict === true) return text;
  if (typeof verdict === "string") throw new LayoutError(`${filePath}: ${verdict}`);
  const key = slot.pair.key as Node;
  return replaceLines(
    text,
    key.range![0],
    afterNode(text, slot.pair),
    render({ [path.at(-1)!]: value }, style),
    columnOf(text, key.range![0]),
  );
}

/**
 * Edits the values template `text`. `parsed` is `parseValues(text, ...)` when the caller already
 * has it (only used to spare a parse).
 */
export function editValues(text: string, path: string, edit: ValuesEdit, parsed?: ParsedValues): string {
  if (/%\{/.test(text.replace(/%%\{/g, ""))) cannotEdit(path, "it uses template directives %{ ... }", edit);
  const values = parsed ?? parseValues(text, edit.credential.name);
  const { doc, skeleton } = values;
  if (doc.errors.length > 0)
    cannotEdit(path, `it is not valid YAML: ${doc.errors[0]!.message.split("\n")[0]}`, edit);
  if (doc.contents !== null && !isMap(doc.contents)) cannotEdit(path, "its top level is not a map", edit);
  if (manyDocuments(values.text)) cannotEdit(path, "it holds more than one YAML document", edit);
  const style = fileStyle(text);
  const parse = parserFrom(values.text, doc);

  let out = values.text;
  try {
    out = credentialsEdit(out, path, edit, style, parse);
    for (const setting of edit.cm ?? []) {
      out = scalarEdit(
        out,
        ["configs", "cm", setting.key],
        setting.value,
        style,
        path,
        (current) =>
          setting.accepted.includes(String(current))
            ? true
            : `configs.cm."${setting.key}" is ${JSON.stringify(current)}; the link needs one of ` +
              `${setting.accepted.map((v) => JSON.stringify(v)).join(", ")} there. Change it, then run again.`,
        parse,
        doc,
      );
    }
    for (const component of edit.irsaComponents ?? []) {
      out = scalarEdit(
        out,
        [component, "serviceAccount", "annotations", IRSA_ANNOTATION],
        edit.irsaRoleArn!,
        style,
        path,
        (current) =>
          `${component}.serviceAccount already has ${IRSA_ANNOTATION}: ${String(current)}. The iam-role ` +
          `method needs its own role there; remove that annotation (or use method bearer-token), then run again.`,
        parse,
        doc,
      );
    }
    for (const annotations of edit.podAnnotations ?? []) {
      // The annotation is the link's own: a changed role ARN replaces it (and rolls the pods again).
      out = scalarEdit(
        out,
        [...annotations.split("."), POD_ROLE_ANNOTATION],
        edit.irsaRoleArn!,
        style,
        path,
        () => false,
        parse,
        doc,
      );
    }
  } catch (e) {
    if (e instanceof Unreachable)
      cannotEdit(path, `${e.message} is a flow collection ({...} or [...])`, edit);
    throw e;
  }

  if (skeleton) {
    const restored = restoreSkeleton(skeleton, out);
    // Not expected (edits only add lines or replace the link's own entry): then edit the whole file.
    if (restored === undefined) return editValues(text, path, edit, parseValues(text));
    out = restored;
  }

  // Every placeholder of the original must survive the edit.
  const placeholders = (s: string): string[] => s.match(/\$\{[^}]*\}/g) ?? [];
  const after = placeholders(out);
  for (const p of placeholders(text)) {
    const i = after.indexOf(p);
    if (i < 0) cannotEdit(path, `the placeholder ${p} would be lost`, edit);
    after.splice(i, 1);
  }
  // No second parse of `out`: it was the largest cost of a plan once the file holds many links
  // (the whole file again, per plan), and yaml's stringifier writes YAML that parses back for any
  // document that parsed without errors, which was checked above.
  return out;
}
