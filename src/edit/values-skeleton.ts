// The values template with the cluster entries a link does not touch left out. The file grows by
// one `configs.clusterCredentials` entry per link, and parsing all of it made the 200th plan cost
// more than twice the first (issue 12). A link reads and edits only its own entry, the end of the
// collection and settings outside it, so each run of other entries is replaced by one stand-in
// line that the parser reads as an entry of the same collection; after the edit each stand-in is
// replaced by the lines it stood for.
//
// Where an entry ends is told by indentation: inside a block collection, a line at the entries'
// indentation starts the next entry (a quoted scalar or flow collection going on at that
// indentation is a YAML error). Left-out lines are checked for what could make the cut unsure or
// is the likeliest way a hand edit breaks the file: a tab in the indentation, a quote not closed on
// its line, a block scalar (whose lines may look like comments at the end of an entry), an anchor;
// any of these, or a layout this scan does not know, parses the whole file. A last entry followed
// by comments stays in the parse (the parser may count those comments as its own). The caller
// also checks that the stand-ins parse where they were put, so a misread costs time, never a wrong
// edit. The limit: other mistakes inside another link's entry (a duplicate key, a wrong indent)
// are not seen by this plan. Those lines stay exactly as they were, and Helm rejects them when the
// layer is applied; a whole-file parse used to refuse the file instead.

export interface Skeleton {
  /** The text to parse: the original with runs of left-out entries replaced by stand-in lines. */
  text: string;
  form: "map" | "list";
  /**
   * In file order: each stand-in's line (with its newline), its key or item, and the lines it
   * replaces (without a newline only when they end the file).
   */
  holes: { standIn: string; value: string; lines: string }[];
}

/** Stand-in keys start with this; a file that already holds it is parsed whole. */
export const STAND_IN_PREFIX = "argocd-cluster-link-left-out-";

/** A line with a tab in its indentation, a quote it does not close, a block scalar header or an anchor. */
const UNSURE_LINE = new RegExp(
  [
    String.raw`^ *\t`,
    String.raw`^(?!(?:[^"'\n]|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')*$)`,
    String.raw`(?:^|[ \t])[|>][-+1-9]*[ \t]*(?:#.*)?$`,
    // An anchor: an alias outside the left-out lines could name it.
    String.raw`(?:^|[ \t[{,])&[^ \t\n]`,
  ].join("|"),
  "m",
);

/** Whether lines of an entry may be left out of the parse (see UNSURE_LINE). */
export function canLeaveOut(lines: string): boolean {
  return !UNSURE_LINE.test(lines);
}

/**
 * The skeleton of `text` for the link whose entry is named `keep`, or undefined when nothing can
 * be left out (no block `configs.clusterCredentials`, no other entries, or a layout this scan does
 * not read with certainty).
 */
export function skeletonOf(text: string, keep: string): Skeleton | undefined {
  // Link ids are DNS labels (request/parse.ts): found verbatim in an entry's text, however quoted.
  if (
    text.includes("\r") ||
    text.includes(STAND_IN_PREFIX) ||
    keep.includes(STAND_IN_PREFIX) ||
    !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(keep)
  )
    return undefined;
  const configs = /^configs:[ \t]*(?:#.*)?$/m.exec(text);
  if (!configs) return undefined;

  let pos = nextLine(text, configs.index);
  // configs' own keys: the first content line gives their indentation.
  let keyIndent = -1;
  let entriesFrom: number | undefined;
  while (pos < text.length && entriesFrom === undefined) {
    const indent = indentAt(text, pos);
    const end = nextLine(text, pos);
    if (isContent(text, pos + indent)) {
      if (indent === 0 || (keyIndent >= 0 && indent < keyIndent)) return undefined;
      if (keyIndent < 0) keyIndent = indent;
      if (
        indent === keyIndent &&
        /^clusterCredentials:[ \t]*(?:#.*)?$/.test(lineBody(text, pos + indent, end))
      )
        entriesFrom = end;
    }
    pos = end;
  }
  if (entriesFrom === undefined) return undefined;

  // The entries: where each starts, where its last content line ends, and whether it may be the link's.
  const starts: number[] = [];
  const keeps: boolean[] = [];
  let lastContentEnd = entriesFrom;
  let form: "map" | "list" | undefined;
  let entryIndent = 0;
  for (pos = entriesFrom; pos < text.length;) {
    const indent = indentAt(text, pos);
    const end = nextLine(text, pos);
    const at = pos + indent;
    if (!isContent(text, at)) {
      pos = end;
      continue;
    }
    const item =
      text[at] === "-" && (at + 1 === text.length || text[at + 1] === " " || text[at + 1] === "\n");
    if (form === undefined) {
      if (indent < keyIndent || (indent === keyIndent && !item)) return undefined; // no entries
      form = item ? "list" : "map";
      entryIndent = indent;
    }
    if (indent < entryIndent || (indent === entryIndent && form === "list" && !item)) {
      if (indent > keyIndent) return undefined; // between the two indentations: not read here
      break;
    }
    if (indent === entryIndent) {
      // A map entry is found by its key, on its first line. A complex key (`? `) is not read here;
      // an alias or merge key, or escapes in a quoted key, could be the link's: those are kept.
      if (form === "map" && (item || text[at] === "?")) return undefined;
      const head = lineBody(text, at, end);
      starts.push(pos);
      keeps.push(form === "map" && (head.includes(keep) || /^[*<]|\\/.test(head)));
    }
    lastContentEnd = end;
    pos = end;
  }
  if (form === undefined || starts.length === 0) return undefined;
  starts.push(lastContentEnd);
  // List entries name themselves on any of their lines.
  if (form === "list") {
    for (let i = 0; i < keeps.length; i++) {
      const lines = text.slice(starts[i], starts[i + 1]);
      keeps[i] = lines.includes(keep) || lines.includes("\\");
    }
  }

  // A comment after the last entry's last line may belong to it (the parser extends the entry over
  // comments as deep as its innermost map, and text added after the entry goes after them): that
  // entry stays in the parse, so its end is the parser's.
  if (/^[ \t]*#/m.test(text.slice(lastContentEnd, pos))) keeps[keeps.length - 1] = true;
  // Runs of entries that can be left out; an entry's lines reach the next entry's first line
  // (comments between them included), the last one's its last content line.
  const holes: Skeleton["holes"] = [];
  const pad = " ".repeat(entryIndent);
  let out = "";
  let copied = 0;
  for (let i = 0; i < keeps.length;) {
    if (keeps[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < keeps.length && !keeps[j + 1]) j++;
    const lines = text.slice(starts[i], starts[j + 1]);
    if (!canLeaveOut(lines)) return undefined;
    const value = `${STAND_IN_PREFIX}${holes.length}`;
    const standIn = form === "map" ? `${pad}${value}: 0\n` : `${pad}- ${value}\n`;
    holes.push({ standIn, value, lines });
    out += text.slice(copied, starts[i]) + standIn;
    copied = starts[j + 1]!;
    i = j + 1;
  }
  if (holes.length === 0) return undefined;
  return { text: out + text.slice(copied), form, holes };
}

function nextLine(text: string, pos: number): number {
  const newline = text.indexOf("\n", pos);
  return newline < 0 ? text.length : newline + 1;
}

function indentAt(text: string, pos: number): number {
  let i = pos;
  while (text.charCodeAt(i) === 32) i++;
  return i - pos;
}

/** Whether the line that continues at `at` (after its indentation) holds more than a comment. */
function isContent(text: string, at: number): boolean {
  const c = text[at];
  return c !== undefined && c !== "\n" && c !== "#";
}

function lineBody(text: string, at: number, end: number): string {
  return text.slice(at, text[end - 1] === "\n" ? end - 1 : end);
}

/**
 * `edited` (the skeleton's text after edits that only added lines or replaced the link's own)
 * with each stand-in replaced by the lines it stood for; undefined if a stand-in is not found
 * exactly once at the start of a line.
 */
export function restoreSkeleton(skeleton: Skeleton, edited: string): string | undefined {
  let out = "";
  let copied = 0;
  for (const hole of skeleton.holes) {
    const at = edited.indexOf(hole.standIn, copied);
    if (at < 0 || (at > 0 && edited[at - 1] !== "\n")) return undefined;
    if (edited.indexOf(hole.standIn, at + hole.standIn.length) >= 0) return undefined;
    const after = at + hole.standIn.length;
    // Lines that ended the file without a newline get one only when something now follows them.
    const lines = hole.lines.endsWith("\n") || after === edited.length ? hole.lines : `${hole.lines}\n`;
    out += edited.slice(copied, at) + lines;
    copied = after;
  }
  return out + edited.slice(copied);
}
