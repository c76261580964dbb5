// The status comment of each status, rendered as GitHub-flavoured Markdown (no browser): the
// structure a reader sees (title, sections, tables and their columns, collapsed blocks, links) is
// checked, so a rendering regression fails here. The same Markdown is what
// scripts/screenshot-status.mjs pictures in docs/images/.
import { existsSync } from "node:fs";
import { Lexer, marked, type Token, type Tokens } from "marked";
import { beforeAll, describe, expect, it } from "vitest";
import { statusPictures, SCENARIOS, type StatusPicture } from "../support/status-gallery.js";
import { allTokens, readPage, root } from "./markdown.js";

let pictures: Map<string, StatusPicture>;
beforeAll(async () => {
  pictures = new Map((await statusPictures()).map((p) => [p.name, p]));
}, 120_000);

const picture = (name: string) => pictures.get(name)!;
const blocks = (markdown: string): Token[] =>
  Lexer.lex(markdown, { gfm: true }).filter((t) => t.type !== "space");
const headings = (markdown: string, depth: number) =>
  blocks(markdown)
    .filter((t): t is Tokens.Heading => t.type === "heading" && t.depth === depth)
    .map((t) => t.text);
const tableAfter = (markdown: string, heading: string): Tokens.Table => {
  const tokens = blocks(markdown);
  const at = tokens.findIndex((t) => t.type === "heading" && (t as Tokens.Heading).text === heading);
  expect(at, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const table = tokens[at + 1]!;
  expect(table.type, `a table after ${heading}`).toBe("table");
  return table as Tokens.Table;
};
/** Cells per row as GitHub splits them: at every `|` that is not escaped. */
const rawCells = (row: string): number =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/).length;
const listAfter = (markdown: string, heading: string): Tokens.List => {
  const tokens = blocks(markdown);
  const at = tokens.findIndex(
    (t) =>
      (t.type === "heading" && (t as Tokens.Heading).text === heading) ||
      (t.type === "paragraph" && t.raw.trim() === heading),
  );
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const list = tokens.slice(at + 1).find((t) => t.type === "list");
  expect(list, `a list after ${heading}`).toBeDefined();
  return list as Tokens.List;
};
const links = (markdown: string) =>
  allTokens(markdown)
    .filter((t): t is Tokens.Link => t.type === "link")
    .map((t) => ({ text: t.text, href: t.href }));

describe("the status comment, rendered", () => {
  it("has a picture of every scenario, each run ending in its status", () => {
    expect([...pictures.keys()]).toEqual(SCENARIOS.map((s) => s.name));
    for (const p of pictures.values()) {
      const expected: Record<string, string> = { rotation: "published", progress: "published" };
      expect(p.status, p.name).toBe(expected[p.name] ?? p.name);
      expect(
        existsSync(new URL(`docs/images/status-${p.name}.png`, root)),
        `docs/images/status-${p.name}.png`,
      ).toBe(true);
    }
  });

  it("starts with one title, and every table row has as many cells as its header", () => {
    for (const p of pictures.values()) {
      expect(headings(p.markdown, 2), p.name).toHaveLength(1);
      expect(headings(p.markdown, 2)[0], p.name).toMatch(/^argocd-cluster-link: /);
      for (const table of blocks(p.markdown).filter((t): t is Tokens.Table => t.type === "table")) {
        const [header, , ...rows] = table.raw.trim().split("\n");
        for (const row of rows) expect(rawCells(row!), `${p.name}: ${row}`).toBe(rawCells(header!));
      }
      // The last line links the workflow run.
      expect(links(p.markdown).at(-1), p.name).toEqual({
        text: "workflow run",
        href: expect.stringMatching(/\/actions\/runs\/\d+$/),
      });
    }
  });

  /** The progress checklist: the list after "Pull requests, in apply order". */
  const progress = (markdown: string) => listAfter(markdown, "Pull requests, in apply order");
  const nextStep = (markdown: string) =>
    blocks(markdown).find((t) => t.type === "paragraph" && t.raw.startsWith("**Next:**"))!.raw;

  it("published: the checklist of four open pull requests first, then the details collapsed, notes as sentences", () => {
    const { markdown } = picture("published");
    expect(headings(markdown, 3)).toEqual([
      "Pull requests, in apply order",
      "Request",
      "Target cluster",
      "Preflight checks",
      "Notes",
    ]);
    const steps = progress(markdown);
    expect(steps.ordered).toBe(false);
    expect(steps.items).toHaveLength(4);
    for (const [i, item] of steps.items.entries()) {
      expect(links(item.raw)[0]!.href).toMatch(/\/pull\/\d+$/);
      expect(item.text).toMatch(new RegExp(`^⬜ \\*\\*${i + 1}/4\\*\\* .*, open$`));
    }
    expect(nextStep(markdown)).toMatch(
      /^\*\*Next:\*\* Merge \[octo-org\/infra#\d+\]\(.*\) \(step 1\), then apply it: `cd .+ && leverage tf apply`\.$/,
    );
    // Request, cluster, checks and notes are folded under one summary, the CA folded again inside.
    const html = marked.parse(markdown, { gfm: true, async: false });
    expect(html).toMatch(
      /<details><summary>Request, target cluster, checks and notes<\/summary>[^]*<h3>Request<\/h3>/,
    );
    expect(html).toMatch(
      /<details><summary>CA certificate[^]*<pre><code>[A-Za-z0-9+/=]+\n<\/code><\/pre>\s*<\/details>/,
    );
    expect(tableAfter(markdown, "Request").header.map((c) => c.text)).toEqual(["key", "value"]);
    expect(tableAfter(markdown, "Request").rows.map((r) => r[0]!.text)).toContain("argocd-cluster-name");
    expect(tableAfter(markdown, "Preflight checks").header).toHaveLength(3);
    const notes = listAfter(markdown, "Notes").items;
    expect(notes).toHaveLength(1);
    // A sentence with only its values as code, not one long code span.
    const note = notes[0]!.tokens.flatMap((t) => (t as Tokens.Text).tokens ?? []);
    const shape = note
      .map((t) => (t.type === "escape" ? "text" : t.type))
      .filter((t, i, all) => t !== all[i - 1]);
    expect(shape).toEqual(["text", "codespan", "text", "codespan", "text"]);
    expect(note.filter((t) => t.type === "codespan").map((t) => (t as Tokens.Codespan).text)).toEqual([
      "demoapps",
      "acme-apps-devstg-k8s-eks-demoapps",
    ]);
  });

  it("partial: the step left alone says why, the others keep their pull requests", () => {
    const steps = progress(picture("partial").markdown);
    expect(steps.items.map((i) => /, open(?: \(([\w-]+))?/.exec(i.text)?.[1] ?? "unchanged")).toEqual([
      "unchanged",
      "human-commit",
      "updated",
      "unchanged",
    ]);
  });

  it("progress: merged steps ticked off with who merged them, and a warning about the one merged early", () => {
    const { markdown } = picture("progress");
    const items = progress(markdown).items.map((i) => i.text);
    expect(items.map((t) => [...t][0])).toEqual(["✅", "⬜", "✅", "⬜"]);
    expect(items[0]).toMatch(
      /merged by `octo-admin` on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(`[0-9a-f]{7}`\)$/,
    );
    expect(nextStep(markdown)).toMatch(
      /^\*\*Next:\*\* Apply step 1: `cd .+`, then merge \[octo-org\/infra#\d+\]/,
    );
    const warning = blocks(markdown).find((t) => t.type === "blockquote")!;
    expect(warning.raw).toMatch(/^> ⚠️ \*\*Merged out of order\.\*\* Step 3 .* was merged before step 2 /);
  });

  it("merged: every step ticked off, and the next thing is to apply and verify", () => {
    const { markdown } = picture("merged");
    expect(progress(markdown).items.every((i) => i.text.startsWith("✅"))).toBe(true);
    expect(nextStep(markdown)).toContain("comment `/cluster-link verify`");
  });

  it("linked: a verification table of five checks, all passed or not checkable, above the progress", () => {
    const { markdown } = picture("linked");
    const table = tableAfter(
      markdown,
      headings(markdown, 3).find((h) => h.startsWith("Verification"))!,
    );
    expect(table.header.map((c) => c.text)).toEqual(["", "check", "result"]);
    expect(table.rows.map((r) => [r[0]!.text, r[1]!.text])).toEqual([
      ["➖", "`source-role`"],
      ["✅", "`target-role`"],
      ["✅", "`cluster-access`"],
      ["✅", "`argocd-entry`"],
      ["✅", "`argocd-connection`"],
    ]);
  });

  it("not-linked: ArgoCD's message in the failed check's row", () => {
    const { markdown } = picture("not-linked");
    const table = tableAfter(
      markdown,
      headings(markdown, 3).find((h) => h.startsWith("Verification"))!,
    );
    const row = table.rows.find((r) => r[1]!.text === "`argocd-connection`")!;
    expect(row[0]!.text).toBe("❌");
    expect(row[2]!.text).toContain("i/o timeout");
  });

  it("invalid: one list item per invalid field, and no request table", () => {
    const { markdown } = picture("invalid");
    expect(headings(markdown, 3)).toEqual(["Invalid fields"]);
    const fields = listAfter(markdown, "Invalid fields").items.map(
      (i) => (i.tokens[0] as Tokens.Text).tokens![0],
    );
    expect(fields.map((t) => (t as Tokens.Codespan).text)).toEqual([
      "target-region",
      "method",
      "namespaces[0]",
    ]);
  });

  it("blocked: the reason in a code block, then the request", () => {
    const tokens = blocks(picture("blocked").markdown);
    expect(tokens.find((t) => t.type === "code")?.raw).toMatch(/was not found in account/);
    expect(headings(picture("blocked").markdown, 3)).toEqual(["Request"]);
  });

  it("failed: the GitHub error, two published pull requests and two not published", () => {
    const { markdown } = picture("failed");
    expect(blocks(markdown).find((t) => t.type === "code")?.raw).toMatch(/HTTP 422/);
    const steps = blocks(markdown).find((t): t is Tokens.List => t.type === "list" && t.ordered)!;
    expect(steps.items.map((i) => links(i.raw).length)).toEqual([1, 1, 0, 0]);
  });

  it("up-to-date: every step ticked off as in the base branch, and the closed pull requests listed", () => {
    const { markdown } = picture("up-to-date");
    expect(progress(markdown).items.map((i) => [...i.text][0])).toEqual(["✅", "✅", "✅", "✅"]);
    expect(markdown.match(/^- closed octo-org\/infra#\d+: /gm)).toHaveLength(4);
  });

  it("dry-run: each step's apply commands on their own line, each file's diff in its own collapsed block", () => {
    // A job summary renders like a Markdown file: a line break in the source is not one on the page.
    const html = marked.parse(picture("dry-run").markdown, { gfm: true, breaks: false, async: false });
    expect(html.match(/\(dry-run: would be created\)<br>\s*then: <code>cd /g)).toHaveLength(2);
    const collapsed = html.match(/<details><summary>create <code>[^<]+<\/code><\/summary>/g) ?? [];
    expect(collapsed.length).toBeGreaterThanOrEqual(2);
    expect(html).toMatch(/<pre><code class="language-diff">/);
  });

  it("rotation: a table of every bearer-token link with its age and state", () => {
    const table = tableAfter(picture("rotation").markdown, "Bearer-token links");
    expect(table.header.map((c) => c.text)).toEqual(["link", "token age", "state"]);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["`demoapps-readonly`", "unknown", "rotation open in octo-org/infra#1"],
    ]);
  });

  it("the docs page shows every picture with its caption", () => {
    const page = readPage("docs/status-comment.md");
    for (const scenario of SCENARIOS) {
      expect(page).toContain(`](images/status-${scenario.name}.png)`);
      expect(page).toContain(scenario.caption);
    }
  });
});
