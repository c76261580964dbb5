// The plan notes of the status report: sentences whose prose is escaped Markdown and whose values
// (names, namespaces, paths, file lines: request and repository text) are code spans.
import { Lexer, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { renderReport, type RunReport } from "../../src/action/report.js";
import { note, noteText, planNotes } from "../../src/plan/notes.js";
import type { Plan } from "../../src/plan/types.js";

function notesOf(plan: Pick<Plan, "notes" | "noteParts">): Tokens.ListItem[] {
  const report: RunReport = {
    status: "published",
    headline: "Done.",
    plan: { linkId: "demoapps", steps: [], upToDate: [], ...plan },
    runUrl: "https://github.com/o/r/actions/runs/1",
  };
  const tokens = Lexer.lex(renderReport(report), { gfm: true });
  const at = tokens.findIndex((t) => t.raw.startsWith("**Notes**"));
  return (tokens.slice(at).find((t) => t.type === "list") as Tokens.List).items;
}

const inline = (item: Tokens.ListItem) => (item.tokens[0] as Tokens.Text).tokens!;
const codeOf = (item: Tokens.ListItem) =>
  inline(item)
    .filter((t) => t.type === "codespan")
    .map((t) => (t as Tokens.Codespan).text);
const proseOf = (item: Tokens.ListItem) =>
  inline(item)
    .filter((t) => t.type !== "codespan")
    .map((t) => ("text" in t ? String(t.text) : ""))
    .join("");

describe("plan notes in the report", () => {
  it("are sentences with only the values as code", () => {
    const [item] = notesOf(
      planNotes([note`The namespaces ${["a", "b"]} must exist in ${"prod-1"}: ArgoCD may not.`]),
    );
    expect(codeOf(item!)).toEqual(["a", "b", "prod-1"]);
    expect(proseOf(item!)).toBe("The namespaces ,  must exist in : ArgoCD may not.");
  });

  it("keep the plain text for the CLI and JSON", () => {
    const parts = note`The namespaces ${["a", "b"]} must exist in ${"prod-1"}.`;
    expect(noteText(parts)).toBe("The namespaces a, b must exist in prod-1.");
    expect(planNotes([parts]).notes).toEqual(["The namespaces a, b must exist in prod-1."]);
    expect(planNotes([])).toEqual({ notes: [] });
  });

  it("show hostile values literally, inside one code span each", () => {
    const hostile = "x`](https://evil.example)<img src=x> @team #1";
    const [item] = notesOf(planNotes([note`Still pointing at ${hostile}: move it.`]));
    expect(codeOf(item!)).toEqual([hostile]);
    expect(inline(item!).map((t) => t.type)).not.toContain("link");
    expect(inline(item!).map((t) => t.type)).not.toContain("html");
  });

  it("escape a note without parts (or with parts that do not spell it) as prose", () => {
    const items = notesOf({
      notes: ["Plain *note* with <b>html</b> and [a](link)", "changed text"],
      noteParts: [undefined as never, [{ text: "other text" }]],
    });
    expect(inline(items[0]!).map((t) => t.type)).not.toContain("em");
    expect(inline(items[0]!).map((t) => t.type)).not.toContain("html");
    expect(inline(items[0]!).map((t) => t.type)).not.toContain("link");
    expect(proseOf(items[0]!)).toBe("Plain *note* with <b>html</b> and [a](link)");
    expect(proseOf(items[1]!)).toBe("changed text");
  });
});
