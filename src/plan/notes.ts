// Plan notes as sentences with the values they quote marked, so that a Markdown report can show
// the sentence as prose and only the values (names, namespaces, paths, file lines) as code, while
// the CLI and the JSON output keep one plain string per note.

import type { NotePart, Plan } from "./types.js";

/**
 * A note from a template literal: the literal text is prose, each `${}` a value; an array value
 * becomes its elements joined by ", ", each one a value of its own.
 */
export function note(prose: TemplateStringsArray, ...values: (string | readonly string[])[]): NotePart[] {
  const parts: NotePart[] = [];
  const add = (text: string, value: boolean) => {
    if (text !== "") parts.push(value ? { text, value: true } : { text });
  };
  prose.forEach((text, i) => {
    add(text, false);
    const value = values[i];
    if (value === undefined) return;
    (typeof value === "string" ? [value] : value).forEach((v, j) => {
      if (j > 0) add(", ", false);
      add(v, true);
    });
  });
  return parts;
}

/** The plan's `notes` (plain text) and `noteParts` of a list of notes. */
export function planNotes(notes: NotePart[][]): Pick<Plan, "notes" | "noteParts"> {
  return { notes: notes.map(noteText), ...(notes.length > 0 ? { noteParts: notes } : {}) };
}

export const noteText = (parts: readonly NotePart[]): string => parts.map((p) => p.text).join("");
