// A structural scanner for HCL (Terraform) source. It finds blocks and attributes with their byte
// offsets so that edits can insert text without touching anything else in the file. It understands
// what can hide brackets — strings with template sequences, heredocs and comments — but does not
// evaluate expressions: it only needs to know where each one starts and ends.

export class HclSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly offset: number,
    text: string,
    what: string,
  ) {
    const { line, column } = lineColumn(text, offset);
    super(`${file}:${line}:${column}: ${what}`);
    this.name = "HclSyntaxError";
  }
}

export interface HclAttribute {
  kind: "attribute";
  name: string;
  /** Offset of the first character of the name. */
  start: number;
  /** Offset just after the expression (before any trailing comment). */
  end: number;
  exprStart: number;
  exprEnd: number;
}

export interface HclBlock {
  kind: "block";
  type: string;
  labels: string[];
  start: number;
  /** Offset just after the closing brace. */
  end: number;
  openBrace: number;
  closeBrace: number;
  body: HclBodyItem[];
}

export type HclBodyItem = HclAttribute | HclBlock;

const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_-]/;
const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNewline = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lastNewline = i;
    }
  }
  return { line, column: offset - lastNewline };
}

/**
 * The last large texts scanned, with their items: a plan scans the ArgoCD release file (which gains
 * a template variable per link) in discovery, again to check its edit and again to compare the
 * provider features before and after. Items are shared: callers never modify them.
 */
const recentScans = new Map<string, HclBodyItem[]>();
const RECENT_SCANS = 8;
const RECENT_MIN_LENGTH = 4096;

/** Scans a whole file into its top-level blocks and attributes. Throws HclSyntaxError. */
export function scanHcl(text: string, file = "<input>"): HclBodyItem[] {
  const recent = recentScans.get(text);
  if (recent) return recent;
  const items = new Scanner(text, file).body(0, undefined);
  if (text.length >= RECENT_MIN_LENGTH) {
    recentScans.set(text, items);
    if (recentScans.size > RECENT_SCANS) recentScans.delete(recentScans.keys().next().value!);
  }
  return items;
}

/** Iterates every block at any depth. */
export function* allBlocks(items: HclBodyItem[]): Generator<HclBlock> {
  for (const item of items) {
    if (item.kind === "block") {
      yield item;
      yield* allBlocks(item.body);
    }
  }
}

export function findAttribute(block: HclBlock | HclBodyItem[], name: string): HclAttribute | undefined {
  const body = Array.isArray(block) ? block : block.body;
  return body.find((i): i is HclAttribute => i.kind === "attribute" && i.name === name);
}

export function findBlocks(items: HclBodyItem[], type: string, ...labels: string[]): HclBlock[] {
  return items.filter(
    (i): i is HclBlock =>
      i.kind === "block" && i.type === type && labels.every((label, n) => i.labels[n] === label),
  );
}

class Scanner {
  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  fail(offset: number, what: string): never {
    throw new HclSyntaxError(this.file, offset, this.text, what);
  }

  /** Parses body items from `pos` until `closer` (or end of file when undefined). Returns items; `this.pos` after. */
  pos = 0;
  body(pos: number, closer: "}" | undefined): HclBodyItem[] {
    const items: HclBodyItem[] = [];
    this.pos = pos;
    for (;;) {
      this.pos = skipTrivia(this.text, this.pos, true);
      const ch = this.text[this.pos];
      if (ch === undefined) {
        if (closer) this.fail(this.pos, `unexpected end of file: missing "${closer}"`);
        return items;
      }
      if (ch === closer) return items;
      if (!IDENT_START.test(ch))
        this.fail(this.pos, `expected an attribute or block, found ${JSON.stringify(ch)}`);
      items.push(this.item());
    }
  }

  item(): HclBodyItem {
    const start = this.pos;
    const name = this.ident();
    let p = skipTrivia(this.text, this.pos, false);
    if (this.text[p] === "=" && this.text[p + 1] !== "=") {
      const exprStart = skipTrivia(this.text, p + 1, false);
      const exprEnd = scanExpressionEnd(this.text, exprStart, this.file);
      if (exprEnd === exprStart) this.fail(exprStart, `attribute "${name}" has no value`);
      this.pos = exprEnd;
      this.expectLineEnd(name);
      return { kind: "attribute", name, start, end: exprEnd, exprStart, exprEnd };
    }
    const labels: string[] = [];
    for (;;) {
      const ch = this.text[p];
      if (ch === '"') {
        const end = scanQuoted(this.text, p, this.file);
        labels.push(JSON.parse(this.text.slice(p, end)) as string);
        p = skipTrivia(this.text, end, false);
      } else if (ch !== undefined && IDENT_START.test(ch)) {
        this.pos = p;
        labels.push(this.ident());
        p = skipTrivia(this.text, this.pos, false);
      } else if (ch === "{") {
        const openBrace = p;
        const body = this.body(p + 1, "}");
        const closeBrace = this.pos;
        this.pos = closeBrace + 1;
        this.expectLineEnd(name);
        return { kind: "block", type: name, labels, start, end: closeBrace + 1, openBrace, closeBrace, body };
      } else {
        this.fail(p, `expected "=" or a block after "${name}"`);
      }
    }
  }

  ident(): string {
    const start = this.pos;
    while (this.pos < this.text.length && IDENT_CHAR.test(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** After an item only a comment, a newline, a closing brace or end of file may follow. */
  expectLineEnd(name: string): void {
    const p = skipTrivia(this.text, this.pos, false);
    const ch = this.text[p];
    if (ch !== undefined && ch !== "\n" && ch !== "\r" && ch !== "}") {
      this.fail(p, `unexpected ${JSON.stringify(ch)} after "${name}"`);
    }
  }
}

// Character codes of the scanners' hot loops (charCodeAt: a plan scans every file it reads).
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const PERCENT = 37;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const COMMA = 44;
const SLASH = 47;
const LT = 60;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

/** Skips spaces and comments; newlines too when `newlines` is true. */
export function skipTrivia(text: string, pos: number, newlines: boolean): number {
  let p = pos;
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === SPACE || c === TAB || (newlines && (c === LF || c === CR))) {
      p++;
    } else if (c === HASH || (c === SLASH && text.charCodeAt(p + 1) === SLASH)) {
      const end = text.indexOf("\n", p);
      p = end < 0 ? n : end;
    } else if (c === SLASH && text.charCodeAt(p + 1) === STAR) {
      const end = text.indexOf("*/", p + 2);
      p = end < 0 ? n : end + 2;
    } else {
      break;
    }
  }
  return p;
}

/**
 * Returns the offset just after the expression starting at `pos`: the first newline (or comment,
 * or closing brace of the enclosing block) outside any bracket, string or heredoc.
 */
export function scanExpressionEnd(text: string, pos: number, file = "<input>"): number {
  /** The closing bracket each open one expects, innermost last. */
  const stack: number[] = [];
  let p = pos;
  let lastSignificant = pos;
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    const comment =
      c === HASH || (c === SLASH && (text.charCodeAt(p + 1) === SLASH || text.charCodeAt(p + 1) === STAR));
    if (
      stack.length === 0 &&
      (comment || c === LF || c === CR || c === COMMA || c === RPAREN || c === RBRACKET || c === RBRACE)
    )
      break;
    if (comment) {
      p = skipTrivia(text, p, false);
      continue;
    }
    if (c === DQUOTE) {
      p = scanQuoted(text, p, file);
      lastSignificant = p;
      continue;
    }
    if (c === LT && text.charCodeAt(p + 1) === LT && /^<<-?[A-Za-z_]/.test(text.slice(p, p + 4))) {
      p = scanHeredoc(text, p, file);
      lastSignificant = p;
      continue;
    }
    if (c === LPAREN) stack.push(RPAREN);
    else if (c === LBRACKET) stack.push(RBRACKET);
    else if (c === LBRACE) stack.push(RBRACE);
    else if (c === RPAREN || c === RBRACKET || c === RBRACE) {
      if (stack.pop() !== c) throw new HclSyntaxError(file, p, text, `unbalanced ${JSON.stringify(text[p])}`);
    }
    p++;
    if (c !== SPACE && c !== TAB && c !== LF && c !== CR) lastSignificant = p;
  }
  if (stack.length > 0)
    throw new HclSyntaxError(
      file,
      pos,
      text,
      `unclosed bracket: missing "${String.fromCharCode(stack[stack.length - 1]!)}"`,
    );
  return lastSignificant;
}

/** Returns the offset just after the closing quote of the string starting at `pos`. */
export function scanQuoted(text: string, pos: number, file = "<input>"): number {
  let p = pos + 1;
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === BACKSLASH) {
      p += 2;
    } else if (c === DQUOTE) {
      return p + 1;
    } else if (c === LF) {
      break;
    } else if ((c === DOLLAR || c === PERCENT) && text.charCodeAt(p + 1) === LBRACE) {
      if (text.charCodeAt(p - 1) === c) {
        // `$${` and `%%{` are escapes for a literal `${` / `%{`. HCL reads `$` runs left to right, so
        // any run of two or more (`$$${`) is literal too: only a lone `$` / `%` opens a sequence.
        p += 2;
        continue;
      }
      p = scanTemplateSequence(text, p + 2, file);
    } else {
      p++;
    }
  }
  throw new HclSyntaxError(file, pos, text, "unterminated string");
}

/** Scans the inside of `${ ... }` starting after the brace; returns the offset after the closing brace. */
function scanTemplateSequence(text: string, pos: number, file: string): number {
  let depth = 0;
  let p = pos;
  while (p < text.length) {
    const ch = text[p]!;
    if (ch === '"') {
      p = scanQuoted(text, p, file);
      continue;
    }
    if (ch === "{") depth++;
    if (ch === "}") {
      if (depth === 0) return p + 1;
      depth--;
    }
    p++;
  }
  throw new HclSyntaxError(file, pos, text, "unterminated template sequence");
}

/** Returns the offset just after the closing marker line of the heredoc starting at `pos`. */
function scanHeredoc(text: string, pos: number, file: string): number {
  const match = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(pos));
  if (!match) throw new HclSyntaxError(file, pos, text, "malformed heredoc");
  const marker = match[1]!;
  let lineStart = pos + match[0].length;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() === marker) {
      return lineStart + text.slice(lineStart, lineEnd).indexOf(marker) + marker.length;
    }
    lineStart = lineEnd + 1;
  }
  throw new HclSyntaxError(file, pos, text, `heredoc "${marker}" is not closed`);
}

export interface SequenceItem {
  start: number;
  end: number;
  /** Offset of the comma after the item, if any. */
  comma?: number;
}

/**
 * Splits the items of a list `[...]`, an argument list `(...)` or an object `{...}` whose opening
 * bracket is at `open`. Items are separated by commas or (in objects) newlines.
 */
export function splitSequence(
  text: string,
  open: number,
  file = "<input>",
): { items: SequenceItem[]; close: number } {
  return walkSequence(text, open, file, Infinity);
}

/**
 * The start offsets of the first `count` items of the sequence opened at `open`, without scanning
 * past the start of the last one (a call's last argument may be a large object).
 */
export function itemStarts(text: string, open: number, count: number, file = "<input>"): number[] {
  return walkSequence(text, open, file, count).items.map((item) => item.start);
}

/** splitSequence, stopping at the start of item number `count` (its end is not scanned; close is -1). */
function walkSequence(
  text: string,
  open: number,
  file: string,
  count: number,
): { items: SequenceItem[]; close: number } {
  const closer = CLOSERS[text[open]!];
  if (!closer) throw new HclSyntaxError(file, open, text, "expected a bracket");
  const items: SequenceItem[] = [];
  let p = open + 1;
  for (;;) {
    p = skipTrivia(text, p, true);
    const ch = text[p];
    if (ch === undefined) throw new HclSyntaxError(file, open, text, `missing "${closer}"`);
    if (ch === closer) return { items, close: p };
    if (ch === ",") {
      p++;
      continue;
    }
    const start = p;
    if (items.length + 1 === count) {
      items.push({ start, end: start });
      return { items, close: -1 };
    }
    const end = scanItemEnd(text, p, closer, file);
    // The separating comma may follow on a later line (after a comment): it still belongs here.
    const after = skipTrivia(text, end, true);
    const item: SequenceItem = { start, end };
    if (text[after] === ",") item.comma = after;
    items.push(item);
    p = end;
    if (p === start) throw new HclSyntaxError(file, p, text, `unexpected ${JSON.stringify(text[p])}`);
  }
}

/** Like scanExpressionEnd, but stops at `closer`, and in a list or call lets an item span lines. */
function scanItemEnd(text: string, pos: number, closer: string, file: string): number {
  // An item ends at a depth-0 comma or the sequence's closer, and in an object also at a newline:
  // inside `[...]` and `(...)` HCL ignores newlines, so `a\n? b\n: c` is one item there.
  let p = pos;
  let end = pos;
  for (;;) {
    const next = scanExpressionEnd(text, p, file);
    end = next > end ? next : end;
    const q = skipTrivia(text, next, false);
    const ch = text[q];
    if (ch === undefined || ch === "," || ch === closer) return end;
    if (ch === "\n" || ch === "\r") {
      if (closer === "}") return end;
      const r = skipTrivia(text, q, true);
      if (r >= text.length || text[r] === "," || text[r] === closer) return end;
      p = r;
      continue;
    }
    if (ch === ")" || ch === "]" || ch === "}") throw new HclSyntaxError(file, q, text, `unexpected "${ch}"`);
    // scanExpressionEnd stopped at a comment start inside the line; skip past the comment.
    p = q === next ? q + 1 : q;
  }
}

export interface ObjectItem {
  key: string;
  keyStart: number;
  valueStart: number;
  valueEnd: number;
  start: number;
  end: number;
}

/** Parses the `key = value` items of an object constructor whose `{` is at `open`. */
export function objectItems(
  text: string,
  open: number,
  file = "<input>",
): { items: ObjectItem[]; close: number } {
  const { items, close } = splitSequence(text, open, file);
  return {
    close,
    items: items.map((item) => {
      const raw = text.slice(item.start, item.end);
      const match = /^("(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_-]*)\s*[=:]\s*/.exec(raw);
      if (!match) throw new HclSyntaxError(file, item.start, text, "expected `key = value` in object");
      const key = match[1]!.startsWith('"') ? (JSON.parse(match[1]!) as string) : match[1]!;
      return {
        key,
        keyStart: item.start,
        valueStart: item.start + match[0].length,
        valueEnd: item.end,
        start: item.start,
        end: item.end,
      };
    }),
  };
}

/** The value of a plain string literal without template sequences, else undefined. */
export function stringLiteral(expr: string): string | undefined {
  const trimmed = expr.trim();
  if (!/^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed) as string;
  } catch {
    return undefined;
  }
}

/** Column (0-based) of `offset` within its line: the indentation to reuse for siblings. */
export function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const match = /^[ \t]*/.exec(text.slice(lineStart));
  return match ? match[0] : "";
}

/** A literal value (string, number, bool, list, object of literals), or undefined for anything else. */
export type Literal = string | number | boolean | Literal[] | { [key: string]: Literal };

export function literalValue(
  text: string,
  start: number,
  end: number,
  file = "<input>",
): Literal | undefined {
  const expr = text.slice(start, end).trim();
  const offset = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
  if (expr.startsWith('"')) return stringLiteral(expr);
  if (/^-?\d+(\.\d+)?$/.test(expr)) return Number(expr);
  if (expr === "true" || expr === "false") return expr === "true";
  if (expr.startsWith("[")) {
    const { items } = splitSequence(text, offset, file);
    const values = items.map((i) => literalValue(text, i.start, i.end, file));
    return values.every((v) => v !== undefined) ? (values as Literal[]) : undefined;
  }
  if (expr.startsWith("{")) {
    const { items } = objectItems(text, offset, file);
    const out: Record<string, Literal> = {};
    for (const item of items) {
      const value = literalValue(text, item.valueStart, item.valueEnd, file);
      if (value === undefined) return undefined;
      out[item.key] = value;
    }
    return out;
  }
  return undefined;
}
