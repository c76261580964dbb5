// Renders Terraform in the exact layout `terraform fmt` produces: two-space indentation and the `=`
// of consecutive single-line attributes aligned (a multi-line value, a blank line or a comment ends
// an alignment group). Values from users only ever reach the output through `quote()`.

/** An expression written as-is (references, function calls). Never built from user input. */
export interface RawExpr {
  raw: string;
}

export type HclValue = string | number | boolean | RawExpr | HclValue[] | { [key: string]: HclValue };

export type BodyItem =
  | { kind: "attr"; name: string; value: HclValue }
  | { kind: "block"; type: string; labels: string[]; body: BodyItem[] }
  | { kind: "blank" }
  | { kind: "comment"; text: string };

export const raw = (expr: string): RawExpr => ({ raw: expr });
export const attr = (name: string, value: HclValue): BodyItem => ({ kind: "attr", name, value });
export const block = (type: string, labels: string[], body: BodyItem[]): BodyItem => ({
  kind: "block",
  type,
  labels,
  body,
});
export const blank: BodyItem = { kind: "blank" };
export const comment = (text: string): BodyItem => ({ kind: "comment", text });

const INDENT = "  ";

/**
 * A double-quoted HCL string literal holding exactly `value`: quotes, backslashes and control
 * characters are escaped, and `${` / `%{` become `$${` / `%%{` so nothing is interpolated.
 */
export function quote(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else if ((ch === "$" || ch === "%") && value[i + 1] === "{") out += ch + ch;
    else out += ch;
  }
  return out + '"';
}

/** A valid HCL identifier can be written bare as an object key; anything else is quoted. */
function objectKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : quote(key);
}

function isRaw(value: HclValue): value is RawExpr {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "raw" in value;
}

/** Renders a value; multi-line values start on the current line and end at `indent`. */
export function renderValue(value: HclValue, indent: string): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isRaw(value)) return value.raw;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const simple = value.every((v) => typeof v !== "object" || isRaw(v));
    const inline = `[${value.map((v) => renderValue(v, indent)).join(", ")}]`;
    if (simple && inline.length + indent.length <= 100 && !inline.includes("\n")) return inline;
    const inner = indent + INDENT;
    return `[\n${value.map((v) => `${inner}${renderValue(v, inner)},\n`).join("")}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{\n${renderBody(
    entries.map(([k, v]) => ({ kind: "attr", name: objectKey(k), value: v })),
    indent + INDENT,
  )}${indent}}`;
}

/** Display columns as terraform fmt counts them: grapheme clusters, not UTF-16 code units. */
const segmenter = new Intl.Segmenter();
// Printable ASCII is one column per character: the common case, without segmenting (hot in planning).
const columns = (s: string): number =>
  /^[\x20-\x7e]*$/.test(s) ? s.length : [...segmenter.segment(s)].length;

/** A value that is one heredoc: terraform fmt aligns its `=` like a single-line value. */
const HEREDOC = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n(?:[\s\S]*\n)?[ \t]*\1$/;

/** Renders body items at `indent`, aligning `=` the way terraform fmt does. */
export function renderBody(items: BodyItem[], indent: string): string {
  const lines: string[] = [];
  let group: { name: string; value: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...group.map((g) => columns(g.name)));
    for (const g of group) {
      lines.push(`${indent}${g.name}${" ".repeat(width - columns(g.name))} = ${g.value}\n`);
    }
    group = [];
  };
  for (const item of items) {
    if (item.kind === "attr") {
      const value = renderValue(item.value, indent);
      if (value.includes("\n") && !HEREDOC.test(value)) {
        flush();
        lines.push(`${indent}${item.name} = ${value}\n`);
      } else {
        group.push({ name: item.name, value });
      }
      continue;
    }
    flush();
    if (item.kind === "blank") lines.push("\n");
    else if (item.kind === "comment")
      lines.push(...item.text.split("\n").map((l) => `${indent}# ${l}`.trimEnd() + "\n"));
    else lines.push(renderBlock(item, indent));
  }
  flush();
  return lines.join("");
}

function renderBlock(item: Extract<BodyItem, { kind: "block" }>, indent: string): string {
  const head = [item.type, ...item.labels.map(quote)].join(" ");
  if (item.body.length === 0) return `${indent}${head} {}\n`;
  return `${indent}${head} {\n${renderBody(item.body, indent + INDENT)}${indent}}\n`;
}

/** Renders a whole file: top-level items separated as given, ending with one newline. */
export function renderFile(items: BodyItem[]): string {
  return renderBody(items, "").replace(/\n{3,}/g, "\n\n");
}
