/**
 * IssueOps input: the "Link a cluster to ArgoCD" issue form (.github/ISSUE_TEMPLATE/link-cluster.yml)
 * and the workflow_dispatch inputs, both turned into the raw, kebab-case request object that
 * `validateLinkRequest` checks. Also the Markdown escaping used to echo untrusted input back in
 * comments and pull request bodies.
 *
 * Issue bodies and dispatch inputs are untrusted: every function here is linear in its input, never
 * evaluates it, and reports every problem as a FieldError naming the request key.
 */
import { parseAllDocuments } from "yaml";
import { InvalidInputError, show, type FieldError } from "../core/errors.js";
import { oneLine } from "../core/text.js";
import { PARSER_MESSAGE_MAX, isMapping, kindOf } from "../core/validate.js";
import { validateLinkRequest } from "../request/parse.js";
import type { LinkRequest } from "../request/types.js";

/**
 * The issue form's fields in form order: field id (= request key) → label. GitHub renders each answer
 * under a `### <label>` heading, so this table is how the body is read; the template test checks that
 * the template's ids and labels are exactly these.
 */
export const FORM_FIELDS = {
  "source-account": "Source account",
  "target-account": "Target account",
  "target-region": "Target region",
  "target-cluster": "Target cluster",
  method: "Method",
  access: "Access",
  namespaces: "Namespaces",
  "cluster-resources": "Cluster resources",
  "read-beyond-access": "Read beyond access",
  "dedicated-instance": "Dedicated instance",
  "argocd-instance": "ArgoCD instance",
  "argocd-cluster-name": "ArgoCD cluster name",
  labels: "Labels",
  "argocd-layer": "ArgoCD layer",
  "target-cluster-layer": "Target cluster layer",
  "target-rbac-layer": "Target RBAC layer",
} as const;

export type FormFieldId = keyof typeof FORM_FIELDS;

const FIELD_IDS = Object.keys(FORM_FIELDS) as FormFieldId[];

/** How an answer is read; fields not listed are single text values. */
const FIELD_KINDS: Partial<Record<FormFieldId, "flag" | "list" | "map">> = {
  namespaces: "list",
  labels: "map",
  "cluster-resources": "flag",
  "read-beyond-access": "flag",
  "dedicated-instance": "flag",
};

/** The fields whose headings make a body a link form (see `isLinkForm`). */
const REQUIRED_FIELDS: readonly FormFieldId[] = [
  "source-account",
  "target-account",
  "target-region",
  "target-cluster",
];

/** GitHub rejects issue bodies longer than this, so a longer body did not come from the form. */
export const MAX_BODY_CHARS = 65_536;
/** Cap on the unknown headings reported, so a hostile body cannot make the report huge. */
const MAX_UNKNOWN_HEADINGS = 20;
const MAX_HEADING_CHARS = 100;
/** Cap on the `overrides` dispatch input (YAML or JSON). */
const MAX_OVERRIDES_CHARS = 16 * 1024;

const NO_RESPONSE = "_No response_";
const BODY_FIELD = "(issue body)";

/** The result of reading an issue-form body. */
export interface ParsedIssueForm {
  /** Raw request values by request key, for `validateLinkRequest`; absent answers are left out. */
  fields: Record<string, unknown>;
  /** `###` (and `#`/`##`) headings that are not form fields, as written (shortened); not read as fields. */
  unknownHeadings: string[];
  /** Problems found while reading the body (duplicate sections, malformed checkbox or label lines). */
  errors: FieldError[];
}

/** The result of reading workflow_dispatch inputs. */
export interface ParsedDispatchInputs {
  fields: Record<string, unknown>;
  errors: FieldError[];
}

// ---------------------------------------------------------------------------------------------
// Reading the issue body
// ---------------------------------------------------------------------------------------------

interface Section {
  /** The heading line as written, trimmed. */
  heading: string;
  /** The field id, or undefined for a heading that is not a form field. */
  id: FormFieldId | undefined;
  lines: string[];
}

const LABEL_TO_ID = new Map<string, FormFieldId>(
  FIELD_IDS.map((id) => [normalizeHeading(FORM_FIELDS[id]), id]),
);

function normalizeHeading(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** An opening code fence (CommonMark): up to 3 spaces, then 3+ backticks (info without backticks) or tildes. */
function openingFence(line: string): { char: string; length: number } | undefined {
  const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!match) return undefined;
  const marker = match[1] ?? "";
  const info = match[2] ?? "";
  if (marker.startsWith("`") && info.includes("`")) return undefined;
  return { char: marker.charAt(0), length: marker.length };
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  const marker = match?.[1];
  return marker !== undefined && marker.startsWith(fence.char) && marker.length >= fence.length;
}

/** An ATX heading of level 1 to 3 outside any container: its level and text, else undefined. */
function atxHeading(line: string): { level: number; text: string } | undefined {
  const match = /^ {0,3}(#{1,3})(?=[ \t]|$)(.*)$/.exec(line);
  if (!match) return undefined;
  // The optional closing sequence: spaces then only '#'s up to the end.
  const text = (match[2] ?? "").replace(/(?:^|[ \t]+)#+[ \t]*$/, "").trim();
  return { level: (match[1] ?? "").length, text };
}

function shortHeading(line: string): string {
  return oneLine(line, MAX_HEADING_CHARS);
}

/**
 * Splits a body into `###` sections the way a Markdown renderer sees them: headings inside code fences
 * or HTML comment blocks are content; `####` and deeper headings are content of their section; `#` and
 * `##` headings end the current section and start one that is not a field. Text before the first
 * heading is ignored.
 */
function splitSections(body: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      current?.lines.push(line);
      continue;
    }
    if (inComment) {
      if (line.includes("-->")) inComment = false;
      current?.lines.push(line);
      continue;
    }
    const heading = atxHeading(line);
    if (heading !== undefined) {
      const id = heading.level === 3 ? LABEL_TO_ID.get(normalizeHeading(heading.text)) : undefined;
      current = { heading: line.trim(), id, lines: [] };
      sections.push(current);
      continue;
    }
    fence = openingFence(line);
    const comment = /^ {0,3}<!--(.*)$/.exec(line);
    if (fence === undefined && comment && !/^-?>|-->/.test(comment[1] ?? "")) inComment = true;
    current?.lines.push(line);
  }
  return sections;
}

/** `text` without HTML comments (`<!-- ... -->`, `<!-->`, `<!--->`; an unclosed one runs to the end), in linear time. */
function withoutComments(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const start = text.indexOf("<!--", from);
    if (start === -1) return out + text.slice(from);
    out += text.slice(from, start);
    const after = start + 4;
    const short = /^-?>/.exec(text.slice(after, after + 2));
    if (short) {
      from = after + short[0].length;
      continue;
    }
    const end = text.indexOf("-->", after);
    if (end === -1) return out;
    from = end + 3;
  }
}

/** Removes HTML comments outside code fences, which GitHub does not show. */
function stripHtmlComments(lines: string[]): string[] {
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length === 0) return;
    out.push(...withoutComments(prose.join("\n")).split("\n"));
    prose = [];
  };
  let fence: { char: string; length: number } | undefined;
  for (const line of lines) {
    if (fence !== undefined) {
      out.push(line);
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    fence = openingFence(line);
    if (fence !== undefined) {
      flush();
      out.push(line);
      continue;
    }
    prose.push(line);
  }
  flush();
  return out;
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? "").trim() === "") start++;
  while (end > start && (lines[end - 1] ?? "").trim() === "") end--;
  return lines.slice(start, end);
}

/**
 * The answer of a section as lines: HTML comments removed, blank lines around it dropped, and the
 * code fence (as GitHub renders `render:` textareas) or code span around it removed. Undefined when
 * there is no answer (`_No response_` or nothing).
 */
function answerLines(rawLines: string[]): string[] | undefined {
  let lines = trimBlankLines(stripHtmlComments(rawLines));
  if (lines.length === 0 || isNoResponse(lines)) return undefined;

  const fence = openingFence(lines[0] ?? "");
  if (fence !== undefined) {
    const close = lines.findIndex((line, index) => index > 0 && closesFence(line, fence));
    // One fenced block (or an unclosed one, which runs to the end): its content is the answer.
    if (close === -1 || close === lines.length - 1) {
      lines = trimBlankLines(lines.slice(1, close === -1 ? undefined : close));
    }
  } else if (lines.length === 1) {
    const span = /^(`+)(?!`)(.*[^`])\1$/.exec((lines[0] ?? "").trim());
    if (span) {
      let inner = span[2] ?? "";
      if (!new RegExp(`(?<!\`)${span[1]}(?!\`)`).test(inner)) {
        if (/^ .*[^ ].* $/.test(inner)) inner = inner.slice(1, -1);
        lines = [inner];
      }
    }
  }
  if (lines.length === 0 || isNoResponse(lines)) return undefined;
  return lines;
}

function isNoResponse(lines: string[]): boolean {
  return lines.length === 1 && (lines[0] ?? "").trim() === NO_RESPONSE;
}

const BULLET = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;

/** Items of a list answer: one per line or comma-separated, Markdown bullets allowed. */
function listItems(lines: string[]): string[] {
  return lines
    .flatMap((line) => line.replace(BULLET, "").split(","))
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * Labels written one per line (or separated by `separators`) as `key=value` or `key: value`.
 * Lines that are not labels and keys given twice are recorded as errors.
 */
function readLabelLines(
  errors: FieldError[],
  field: string,
  lines: string[],
  separators: RegExp,
): Record<string, string> | undefined {
  const labels = new Map<string, string>();
  for (const entry of lines.flatMap((line) => line.split(separators))) {
    const text = entry.replace(BULLET, "").trim();
    if (text === "") continue;
    const at = text.search(/[=:]/);
    if (at === -1) {
      errors.push({ field, value: show(text), message: "is not a label: write key=value (or key: value)" });
      continue;
    }
    const key = text.slice(0, at).trim();
    const value = unquote(text.slice(at + 1).trim());
    if (labels.has(key)) {
      errors.push({ field: `${field}.${show(key)}`, value: show(value), message: "is given more than once" });
      continue;
    }
    labels.set(key, value);
  }
  return labels.size === 0 ? undefined : Object.fromEntries(labels);
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) && text.length >= 2 ? text.slice(1, -1) : text;
}

/** A checkboxes answer: true when its one box is ticked; any other text goes to validation as is. */
function readFlagAnswer(errors: FieldError[], field: FormFieldId, lines: string[]): unknown {
  const boxes = lines.map((line) => /^\s*[-*+]\s+\[([ xX])\](?:\s|$)/.exec(line));
  if (boxes.every((box) => box === null)) return lines.join("\n").trim();
  if (lines.length !== 1 || boxes[0] === null) {
    errors.push({
      field,
      value: show(lines.join("\n")),
      message: "must be the form's single checkbox line, '- [x] ...' (ticked) or '- [ ] ...' (not ticked)",
    });
    return undefined;
  }
  return boxes[0]?.[1] !== " ";
}

/**
 * Reads a GitHub issue-form body (`### <label>\n\n<answer>` sections) into the raw request object.
 * Answers of `_No response_` are left out; checkboxes become booleans, Namespaces a list of strings
 * and Labels a mapping. A body without any form heading gives empty `fields`: see `isLinkForm`.
 */
export function parseIssueForm(body: string): ParsedIssueForm {
  const fields: Record<string, unknown> = {};
  const unknownHeadings: string[] = [];
  const errors: FieldError[] = [];
  if (body.length > MAX_BODY_CHARS) {
    errors.push({
      field: BODY_FIELD,
      value: `${body.length} characters`,
      message: `is too long for an issue form; GitHub allows at most ${MAX_BODY_CHARS} characters`,
    });
    return { fields, unknownHeadings, errors };
  }

  const sections = splitSections(body);
  const seen = new Set<FormFieldId>();
  const duplicated = new Set<FormFieldId>();
  for (const section of sections) {
    if (section.id === undefined) {
      if (unknownHeadings.length < MAX_UNKNOWN_HEADINGS) unknownHeadings.push(shortHeading(section.heading));
      continue;
    }
    if (seen.has(section.id)) duplicated.add(section.id);
    seen.add(section.id);
  }
  for (const id of duplicated) {
    errors.push({
      field: id,
      value: show(`### ${FORM_FIELDS[id]}`),
      message:
        "appears more than once in the issue body (an answer may not contain form headings); edit the issue to keep one section",
    });
  }

  for (const section of sections) {
    const id = section.id;
    if (id === undefined || duplicated.has(id)) continue;
    const lines = answerLines(section.lines);
    if (lines === undefined) continue;
    let value: unknown;
    switch (FIELD_KINDS[id]) {
      case "list": {
        const items = listItems(lines);
        value = items.length === 0 ? undefined : items;
        break;
      }
      case "map":
        value = readLabelLines(errors, id, lines, /\n/);
        break;
      case "flag":
        value = readFlagAnswer(errors, id, lines);
        break;
      default:
        value = lines.join("\n").trim();
    }
    if (value !== undefined) fields[id] = value;
  }
  return { fields, unknownHeadings, errors };
}

/** True when `body` has the headings of the form's required text fields (it came from the link form). */
export function isLinkForm(body: string): boolean {
  const found = new Set<FormFieldId>();
  for (const section of splitSections(body)) if (section.id !== undefined) found.add(section.id);
  return REQUIRED_FIELDS.every((id) => found.has(id));
}

/**
 * Reads and validates an issue-form body. Throws one InvalidInputError listing every problem: the
 * body's (not a form, duplicate or unknown sections, malformed lines) and the request's.
 */
export function linkRequestFromIssueForm(body: string, sourceName = "from the issue form"): LinkRequest {
  if (!isLinkForm(body)) {
    throw new InvalidInputError(`link request ${sourceName}`, [
      {
        field: BODY_FIELD,
        value: `${body.length} characters`,
        message: `is not the link-cluster issue form: it needs the sections ${REQUIRED_FIELDS.map(
          (id) => `"### ${FORM_FIELDS[id]}"`,
        ).join(", ")}; open the issue with the "Link a cluster to ArgoCD" template`,
      },
    ]);
  }
  const parsed = parseIssueForm(body);
  const errors = [...parsed.errors];
  for (const heading of parsed.unknownHeadings) {
    errors.push({
      field: BODY_FIELD,
      value: show(heading),
      message: `is not a section of the link-cluster form; remove it (the sections are: ${Object.values(
        FORM_FIELDS,
      ).join(", ")})`,
    });
  }
  return validateWithReadErrors(parsed.fields, errors, sourceName);
}

/**
 * Validates `fields`, reporting the reading errors and the validation errors together. A field whose
 * answer could not be read is left out of `fields`; the "is required" error that causes is dropped.
 */
function validateWithReadErrors(
  fields: Record<string, unknown>,
  readErrors: FieldError[],
  sourceName: string,
): LinkRequest {
  let request: LinkRequest | undefined;
  let validationErrors: FieldError[] = [];
  try {
    request = validateLinkRequest(fields, sourceName);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    validationErrors = error.errors;
  }
  const unread = new Set(readErrors.map((e) => e.field).filter((field) => !Object.hasOwn(fields, field)));
  const errors = [
    ...readErrors,
    ...validationErrors.filter((e) => !(unread.has(e.field) && e.message.startsWith("is required"))),
  ];
  if (request === undefined || errors.length > 0) {
    throw new InvalidInputError(`link request ${sourceName}`, errors);
  }
  return request;
}

// ---------------------------------------------------------------------------------------------
// workflow_dispatch inputs
// ---------------------------------------------------------------------------------------------

/**
 * The dispatch input that carries any request keys as one YAML or JSON mapping.
 *
 * GitHub.com allows 25 workflow_dispatch inputs since 2025-12-04 (before: 10); GitHub Enterprise
 * Server 3.17 to 3.19 and actionlint before 1.7.10 still allow 10. A request has 16 keys, so the
 * example workflow (examples/workflows/link-cluster.yml) declares the 9 common keys as inputs and puts
 * the rarely used ones (argocd-instance, dedicated-instance, read-beyond-access, labels and the three layer overrides) in
 * this one optional input, e.g. `{argocd-layer: shared/us-east-1/k8s-eks, labels: {team: platform}}`.
 * Every request key is also accepted as its own input, so a workflow on GitHub.com may declare more.
 */
export const OVERRIDES_INPUT = "overrides";

/**
 * Maps workflow_dispatch inputs to raw request fields and reading errors. Inputs are named by the
 * request keys; empty strings are absent (an unset input); booleans stay "true"/"false" (validation
 * accepts them); namespaces are comma- or newline-separated; labels are `k=v,k2=v2` or one per line.
 * `overrides` adds keys from a YAML or JSON mapping; a key given both ways is an error. Inputs with
 * other names belong to the workflow and are ignored.
 */
export function parseDispatchInputs(inputs: Record<string, string | undefined>): ParsedDispatchInputs {
  const fields = new Map<string, unknown>();
  const errors: FieldError[] = [];
  for (const id of FIELD_IDS) {
    // Typed as strings, but a workflow passing `toJSON(inputs)` sends booleans as booleans.
    const given: unknown = Object.hasOwn(inputs, id) ? inputs[id] : undefined;
    const raw = typeof given === "boolean" || typeof given === "number" ? String(given) : given;
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== "string") {
      errors.push({ field: id, value: show(raw), message: "must be a string (a workflow_dispatch input)" });
      continue;
    }
    const text = raw.trim();
    if (text === "") continue;
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    if (id === "namespaces") {
      const items = listItems(lines);
      if (items.length > 0) fields.set(id, items);
    } else if (id === "labels") {
      const labels = readLabelLines(errors, id, lines, /,/);
      if (labels !== undefined) fields.set(id, labels);
    } else {
      fields.set(id, text);
    }
  }

  const overrides = Object.hasOwn(inputs, OVERRIDES_INPUT) ? inputs[OVERRIDES_INPUT] : undefined;
  if (typeof overrides === "string" && overrides.trim() !== "") {
    const mapping = readOverrides(errors, overrides);
    for (const [key, value] of Object.entries(mapping ?? {})) {
      if (fields.has(key)) {
        errors.push({
          field: `${OVERRIDES_INPUT}.${show(key)}`,
          value: show(value),
          message: `is also given as the ${key} input; give it in one place`,
        });
        continue;
      }
      fields.set(key, value);
    }
  }
  return { fields: Object.fromEntries(fields), errors };
}

function readOverrides(errors: FieldError[], text: string): Record<string, unknown> | undefined {
  const fail = (value: string, message: string) => {
    errors.push({ field: OVERRIDES_INPUT, value, message });
    return undefined;
  };
  if (text.length > MAX_OVERRIDES_CHARS) {
    return fail(`${text.length} characters`, `is too long; at most ${MAX_OVERRIDES_CHARS} characters`);
  }
  const docs = parseAllDocuments(text, { prettyErrors: false, logLevel: "error" });
  if (docs.length > 1) return fail(show(text), "must be one YAML or JSON mapping, without '---' separators");
  const doc = docs[0];
  // Only comments: nothing to override.
  if (doc === undefined) return undefined;
  const problem = [...doc.errors, ...doc.warnings][0];
  if (problem)
    return fail(show(text), `is not valid YAML or JSON: ${oneLine(problem.message, PARSER_MESSAGE_MAX)}`);
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    return fail(
      show(text),
      `cannot be read: ${oneLine(error instanceof Error ? error.message : String(error), PARSER_MESSAGE_MAX)}`,
    );
  }
  if (value === null || value === undefined) return undefined;
  if (!isMapping(value)) {
    return fail(
      show(value),
      `must be a mapping of request keys to values, not ${kindOf(value)}, e.g. {argocd-layer: shared/us-east-1/k8s-eks}`,
    );
  }
  return value;
}

/**
 * The raw request object of workflow_dispatch inputs (see `parseDispatchInputs`), for
 * `validateLinkRequest`. Throws InvalidInputError when an input cannot be read.
 */
export function requestFromDispatchInputs(
  inputs: Record<string, string | undefined>,
): Record<string, unknown> {
  const { fields, errors } = parseDispatchInputs(inputs);
  if (errors.length > 0) throw new InvalidInputError("workflow_dispatch inputs", errors);
  return fields;
}

/** Reads and validates workflow_dispatch inputs, listing every problem in one InvalidInputError. */
export function linkRequestFromDispatchInputs(
  inputs: Record<string, string | undefined>,
  sourceName = "from the workflow_dispatch inputs",
): LinkRequest {
  const { fields, errors } = parseDispatchInputs(inputs);
  return validateWithReadErrors(fields, errors, sourceName);
}

// ---------------------------------------------------------------------------------------------
// Showing untrusted text in Markdown
// ---------------------------------------------------------------------------------------------

// Markdown safety lives in one place; re-exported for callers of the form module.
export { codeSpan, escapeMarkdown } from "../core/markdown.js";
