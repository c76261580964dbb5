// Text from outside (requests, AWS messages, token claims, parser messages) made safe to print:
// one function each for invisible characters, one-line flattening and truncation, shared by the
// Markdown reports, the CLI's errors and the Action's failure message.

/**
 * Characters that print nothing or change how the text around them reads: control characters
 * (C0, DEL, C1), the bidirectional marks, embeddings, overrides and isolates (Trojan Source), and the
 * zero-width space, non-joiner, word joiner, Mongolian vowel separator and byte-order mark. The
 * zero-width joiner (U+200D) is kept: emoji sequences need it and it cannot reorder text.
 */
const INVISIBLE = /[\p{Cc}\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
const INVISIBLE_EXCEPT_LAYOUT = new RegExp(`(?![\n\t])${INVISIBLE.source}`, "gu");
/** Runs of line breaks (every one Unicode and YAML know) and tabs. */
const BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Shown in place of an invisible character, as the status comment has always shown them. */
export const REPLACEMENT = "\uFFFD";

/**
 * Replaces every invisible character (see above) with U+FFFD so it shows instead of acting.
 * With `keepNewlines`, `\n` and tabs stay (for multi-line messages and logs); `\r\n`, lone `\r`, U+2028
 * and U+2029 become `\n` first.
 */
export function replaceInvisible(text: string, options: { keepNewlines?: boolean } = {}): string {
  if (!options.keepNewlines) return text.replace(INVISIBLE, REPLACEMENT);
  return text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(INVISIBLE_EXCEPT_LAYOUT, REPLACEMENT);
}

/**
 * Outside text as one printable line of at most `max` UTF-16 units: runs of line breaks and tabs
 * become one space, other invisible characters U+FFFD, ends are trimmed, and longer text is
 * cut at a grapheme boundary and ends with "...".
 */
export function oneLine(text: string, max: number): string {
  return truncate(replaceInvisible(text.replace(BREAKS_AND_TABS, " ")).trim(), max);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * `text` if it has at most `max` UTF-16 units, else its longest prefix of whole graphemes (never half
 * a surrogate pair or an emoji sequence) that fits with the `ellipsis` after it.
 */
export function truncate(text: string, max: number, ellipsis = "..."): string {
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}${ellipsis}`;
}
