// Safe Markdown for comments, pull request bodies and job summaries: untrusted text is only ever
// shown inside code spans or code blocks, which GitHub renders literally.

import { replaceInvisible } from "./text.js";

const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** ASCII punctuation with a meaning in GitHub Markdown; all are backslash-escapable. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#+\-.!|<>{}~&$=]/g;
const ZWJ = "\u200D";

/** One line of text: line breaks and tabs become spaces, other invisible characters U+FFFD. */
function flatten(text: string): string {
  return replaceInvisible(text.replace(LINE_BREAKS, " ").replace(/\t/g, " "));
}

/**
 * Untrusted text made safe to show inline in a GitHub comment or PR body: it renders as the literal
 * characters, with no link, image, HTML, table, heading, list, emphasis, math or mention.
 *
 * - Line breaks become spaces, so the text can never start a new Markdown block; tabs become spaces;
 *   other control characters and bidirectional overrides become U+FFFD.
 * - ASCII punctuation with a Markdown meaning (`\ ` * _ [ ] ( ) # + - . ! | < > { } ~ & $ =`) gets a
 *   backslash. `&` is escaped so `&lt;` shows as typed rather than as `<`.
 * - GitHub links mentions (`@user`, `@org/team`), issue references (`#1`) and bare URLs after
 *   rendering, so escapes do not stop them: a zero-width joiner (U+200D) is put after every `@` and
 *   `#`, after `:` in `://` and after a word-initial `www`. It is invisible, but a copied value then
 *   contains it: show values meant to be copied with `codeSpan`.
 */
export function escapeMarkdown(text: string): string {
  return flatten(text)
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
    .replace(/[@#]/g, (char) => `${char}${ZWJ}`)
    .replace(/:(?=\/\/)/g, `:${ZWJ}`)
    .replace(/(?<![\p{L}\p{N}_])(www)(?=\\\.)/giu, `$1${ZWJ}`);
}

/**
 * Any text as one inline code span: line breaks and tabs become spaces (other control characters
 * U+FFFD), and the backtick fence is one longer than the longest backtick run inside. Text starting
 * or ending with a backtick or space is padded with one space, which Markdown removes again. Empty
 * text gives a code span of one space. Code spans render `<`, `@` and `[` literally, but a `|` still
 * splits a GitHub table cell: do not use this inside tables.
 */
export function codeSpan(text: string): string {
  const flat = flatten(text);
  if (flat === "") return "` `";
  let longest = 0;
  for (const run of flat.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && !/^ +$/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Short name used across the reports. */
export const code = codeSpan;

/** A fenced code block that holds any text safely. */
export function codeBlock(text: string, language = ""): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text.replace(/\n$/, "")}\n${fence}`;
}
