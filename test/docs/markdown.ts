// Reading the project's Markdown as GitHub shows it: its pages, the anchors GitHub gives its
// headings, its links (not the ones inside code), its fenced code blocks and its tables.
import { readdirSync, readFileSync } from "node:fs";
import { Lexer, type Token, type Tokens } from "marked";

export const root = new URL("../../", import.meta.url);

/** The README and every page under docs/, as repository-relative paths. */
export function documentationPages(): string[] {
  const pages = readdirSync(new URL("docs/", root))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`)
    .sort();
  return ["README.md", ...pages];
}

export function readPage(path: string): string {
  return readFileSync(new URL(path, root), "utf8");
}

function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const children = (token as { tokens?: Token[] }).tokens;
    if (children) walk(children, visit);
    if (token.type === "list") for (const item of (token as Tokens.List).items) walk(item.tokens, visit);
    if (token.type === "table") {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    }
  }
}

export function tokensOf(markdown: string): Token[] {
  return Lexer.lex(markdown, { gfm: true });
}

/** Every token of a page, depth first. */
export function allTokens(markdown: string): Token[] {
  const out: Token[] = [];
  walk(tokensOf(markdown), (t) => out.push(t));
  return out;
}

/** Plain text of inline tokens, as GitHub uses it for a heading's anchor. */
function plainText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((t) =>
      "tokens" in t && t.tokens ? plainText(t.tokens, "") : t.type === "codespan" ? t.text : t.raw,
    )
    .join("");
}

/**
 * GitHub's heading anchors: the heading's text lower-cased, with every character that is not a
 * letter, digit, space, `-` or `_` removed and each space made a `-`; a repeated anchor gets `-1`,
 * `-2`, ... in order.
 */
export function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const token of allTokens(markdown)) {
    if (token.type !== "heading") continue;
    const heading = token as Tokens.Heading;
    const base = plainText(heading.tokens, heading.text)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** The targets of every link and image of a page, outside code. */
export function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const token of allTokens(markdown)) {
    if (token.type === "link" || token.type === "image") targets.push((token as Tokens.Link).href);
  }
  return targets;
}

/** The fenced code blocks of a page with their language. */
export function codeBlocks(markdown: string): { lang: string; text: string }[] {
  return allTokens(markdown)
    .filter((t): t is Tokens.Code => t.type === "code")
    .map((t) => ({ lang: t.lang ?? "", text: t.text }));
}

/**
 * The first column of the table that follows a heading, as text: e.g. the input names of the
 * `## Inputs` table of the configuration page.
 */
export function firstColumnAfterHeading(markdown: string, heading: string): string[] {
  const tokens = tokensOf(markdown);
  const at = tokens.findIndex((t) => t.type === "heading" && (t as Tokens.Heading).text === heading);
  if (at < 0) throw new Error(`no heading "${heading}"`);
  const table = tokens.slice(at + 1).find((t) => t.type === "table" || t.type === "heading");
  if (table?.type !== "table") throw new Error(`no table after the heading "${heading}"`);
  return (table as Tokens.Table).rows.map((row) => row[0]!.text.replace(/`/g, ""));
}
