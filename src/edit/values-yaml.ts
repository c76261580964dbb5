// Edits of the argo-cd chart values template: the cluster credential entry (a list item before chart
// 7.0.0, a map entry keyed by name from 7.0.0) and the IRSA role annotation of the service
// accounts. The file is a Terraform template: comments and `${...}` placeholders are kept, and a
// file with template directives (`%{ ... }`) is refused because it cannot be parsed as YAML.

import { isMap, isScalar, isSeq, parseDocument, stringify, YAMLMap, YAMLSeq, type Document } from "yaml";
import { LayoutError } from "../core/errors.js";

export const ARN_ANNOTATION = "argocd-cluster-link/eks-cluster-arn";
export const IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";

export interface ClusterCredential {
  name: string;
  server: string;
  labels?: Record<string, string>;
  annotations: Record<string, string>;
  namespaces?: string;
  clusterResources?: boolean;
  config: Record<string, unknown>;
}

export interface ValuesEdit {
  form: "list" | "map";
  credential: ClusterCredential;
  /** Chart values keys of the service accounts to annotate with `irsaRoleArn`, if any. */
  irsaComponents?: string[];
  irsaRoleArn?: string;
}

/** Escapes a literal for a Terraform template: `${` and `%{` would otherwise be interpolated. */
export function templateLiteral(value: string): string {
  // A function replacer: in a replacement string "$$" would itself mean one "$".
  return value.replace(/([$%])\{/g, (_match, sigil: string) => `${sigil}${sigil}{`);
}

/** Renders what an edit adds as a YAML snippet, for messages that ask a person to add it by hand. */
export function snippetFor(edit: ValuesEdit): string {
  const { name, ...rest } = edit.credential;
  const credentials = edit.form === "list" ? [edit.credential] : { [name]: rest };
  const values: Record<string, unknown> = { configs: { clusterCredentials: credentials } };
  for (const component of edit.irsaComponents ?? []) {
    values[component] = { serviceAccount: { annotations: { [IRSA_ANNOTATION]: edit.irsaRoleArn } } };
  }
  return stringify(values, { lineWidth: 0 });
}

function cannotEdit(path: string, why: string, edit: ValuesEdit): never {
  throw new LayoutError(
    `${path}: cannot be edited safely (${why}). Merge this into it by hand, then run again:\n\n${snippetFor(edit)}`,
  );
}

/** Whether block sequences in the file sit at their parent key's indentation (`key:\n- a`). */
function sequencesFlush(text: string): boolean {
  const lines = text.split("\n");
  for (let i = 0; i + 1 < lines.length; i++) {
    const key = /^(\s*)[^\s#-][^:]*:\s*(#.*)?$/.exec(lines[i]!);
    if (!key) continue;
    const item = /^(\s*)- /.exec(lines[i + 1]!);
    if (item) return item[1]!.length === key[1]!.length;
  }
  return false;
}

/** Empty flow collections (`[]`, `{}`: the chart's defaults) become block ones before items are added. */
function blockIfEmpty(node: unknown): void {
  if ((isMap(node) || isSeq(node)) && node.flow && node.items.length === 0) node.flow = false;
}

/** A key without a value (`key: # note`) holds a null scalar: what replaces it keeps its comment. */
function keepComment<T extends YAMLMap | YAMLSeq>(replaced: unknown, node: T): T {
  if (isScalar(replaced) && replaced.comment) node.comment = replaced.comment;
  return node;
}

function mapAt(doc: Document, path: string[], filePath: string): YAMLMap<unknown, unknown> {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node)) {
      throw new LayoutError(`${filePath}: ${path.slice(0, i).join(".") || "the document"} is not a map.`);
    }
    let next: unknown = node.get(path[i], true);
    if (next === undefined || next === null || (isScalar(next) && next.value === null)) {
      next = keepComment(next, new YAMLMap());
      node.set(path[i], next);
    }
    blockIfEmpty(next);
    node = next;
  }
  if (!isMap(node)) throw new LayoutError(`${filePath}: ${path.join(".")} is not a map.`);
  return node;
}

/** Parses a values template once; the same document can then be read and edited. */
export function parseValues(text: string): Document {
  return parseDocument(text, { keepSourceTokens: false, logLevel: "silent" });
}

/**
 * Edits the values template `text`. `parsed` is `parseValues(text)` when the caller already has it
 * (it is changed in place).
 */
export function editValues(text: string, path: string, edit: ValuesEdit, parsed?: Document): string {
  if (/%\{/.test(text.replace(/%%\{/g, ""))) cannotEdit(path, "it uses template directives %{ ... }", edit);
  const doc = parsed ?? parseValues(text);
  if (doc.errors.length > 0)
    cannotEdit(path, `it is not valid YAML: ${doc.errors[0]!.message.split("\n")[0]}`, edit);
  if (doc.contents !== null && !isMap(doc.contents)) cannotEdit(path, "its top level is not a map", edit);
  if (doc.contents === null) doc.contents = new YAMLMap() as never;

  const configs = mapAt(doc, ["configs"], path);
  const { credential } = edit;
  const own = (existing: unknown) => {
    const annotations = (existing as { annotations?: Record<string, unknown> } | undefined)?.annotations;
    return annotations?.[ARN_ANNOTATION] === credential.annotations[ARN_ANNOTATION];
  };
  const foreign = () =>
    new LayoutError(
      `${path}: ArgoCD already has a cluster named "${credential.name}" that argocd-cluster-link did not create ` +
        `for this target. Choose another argocd-cluster-name.`,
    );
  const empty: unknown = configs.get("clusterCredentials", true);
  // `clusterCredentials:` with no value is a null scalar node: as good as absent.
  const existing = isScalar(empty) && empty.value === null ? undefined : empty;
  blockIfEmpty(existing);
  if (edit.form === "list") {
    if (existing !== undefined && existing !== null && !isSeq(existing)) {
      throw new LayoutError(
        `${path}: configs.clusterCredentials is a map, but the chart version in use (< 7.0.0) expects a list.`,
      );
    }
    const seq = isSeq(existing) ? existing : keepComment(empty, new YAMLSeq());
    if (!isSeq(existing)) configs.set("clusterCredentials", seq);
    const items = seq.items as unknown[];
    const index = items.findIndex((item) => isMap(item) && item.get("name") === credential.name);
    const node = doc.createNode(credential);
    if (index < 0) items.push(node);
    else if (own((items[index] as YAMLMap).toJSON())) items[index] = node;
    else throw foreign();
  } else {
    if (existing !== undefined && existing !== null && !isMap(existing)) {
      throw new LayoutError(
        `${path}: configs.clusterCredentials is a list, but the chart version in use (>= 7.0.0) expects a map keyed by cluster name.`,
      );
    }
    const map = isMap(existing) ? existing : keepComment(empty, new YAMLMap());
    if (!isMap(existing)) configs.set("clusterCredentials", map);
    const { name, ...rest } = credential;
    const current: unknown = map.get(name, true);
    if (current !== undefined && !(isMap(current) && own(current.toJSON()))) throw foreign();
    map.set(name, doc.createNode(rest));
  }

  for (const component of edit.irsaComponents ?? []) {
    const annotations = mapAt(doc, [component, "serviceAccount", "annotations"], path);
    const current: unknown = annotations.get(IRSA_ANNOTATION);
    if (current !== undefined && current !== edit.irsaRoleArn) {
      throw new LayoutError(
        `${path}: ${component}.serviceAccount already has ${IRSA_ANNOTATION}: ${String(current)}. The iam-role ` +
          `method needs its own role there; remove that annotation (or use method bearer-token), then run again.`,
      );
    }
    annotations.set(IRSA_ANNOTATION, edit.irsaRoleArn);
  }

  const out = doc.toString({ lineWidth: 0, indentSeq: !sequencesFlush(text), flowCollectionPadding: false });
  // Every placeholder of the original must survive the round trip.
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
