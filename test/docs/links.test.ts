// The README and docs/ as a reader follows them: the README stays short, every page is reachable
// from the index, and every relative link and #anchor leads somewhere.
import { existsSync, statSync } from "node:fs";
import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { documentationPages, headingAnchors, linkTargets, readPage, root } from "./markdown.js";

const README_BUDGET_BYTES = 15 * 1024;

/** Every broken relative link of a page, as "target: why". */
function brokenLinks(page: string): string[] {
  const broken: string[] = [];
  for (const target of linkTargets(readPage(page))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: ...
    const [pathPart, anchor] = target.split("#", 2) as [string, string | undefined];
    const file =
      pathPart === "" ? page : posix.normalize(posix.join(posix.dirname(page), decodeURI(pathPart)));
    if (file.startsWith("../")) {
      broken.push(`${target}: outside the repository`);
      continue;
    }
    const url = new URL(file, root);
    if (!existsSync(url)) {
      broken.push(`${target}: no file ${file}`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!file.endsWith(".md") || statSync(url).isDirectory()) {
      broken.push(`${target}: an anchor into a file that is not Markdown`);
      continue;
    }
    if (!headingAnchors(readPage(file)).has(anchor))
      broken.push(`${target}: no heading #${anchor} in ${file}`);
  }
  return broken;
}

describe("documentation", () => {
  it(`keeps the README under ${README_BUDGET_BYTES} bytes`, () => {
    expect(Buffer.byteLength(readPage("README.md"))).toBeLessThanOrEqual(README_BUDGET_BYTES);
  });

  it.each([...documentationPages(), "CHANGELOG.md", "SECURITY.md", "examples/README.md"])(
    "%s has no broken relative link or anchor",
    (page) => {
      expect(brokenLinks(page)).toEqual([]);
    },
  );

  it("reaches every docs page from docs/README.md", () => {
    const linked = new Set(
      linkTargets(readPage("docs/README.md")).map((t) => posix.join("docs", t.split("#")[0]!)),
    );
    const pages = documentationPages().filter((p) => p.startsWith("docs/") && p !== "docs/README.md");
    expect(pages.filter((p) => !linked.has(p))).toEqual([]);
  });

  it("links the README to the docs index", () => {
    expect(linkTargets(readPage("README.md"))).toContain("docs/README.md");
  });

  it("finds a broken link and a missing anchor (the check itself)", () => {
    const anchors = headingAnchors("# The `CLI` (local)\n## Steps\n## Steps\n");
    expect([...anchors]).toEqual(["the-cli-local", "steps", "steps-1"]);
    expect(linkTargets("[a](x.md#y) `[b](z.md)`\n\n```\n[c](w.md)\n```\n")).toEqual(["x.md#y"]);
  });
});
