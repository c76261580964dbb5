// Dependencies point one way (docs/architecture.md): no file of src/ reaches itself through its
// imports (type-only imports included: they tie the files as much for a reader), and the layers
// below the planner never import it. eslint.config.js says the same per folder; this test also
// catches circles inside a folder.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { circles, importGraph, SRC } from "../support/import-graph.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const FILES = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f), readFileSync(f, "utf8")]));
const folderOf = (path: string) => path.split("/")[0]!;

/** Folders each folder must not import: the layers below the planner and the publishers. */
const FORBIDDEN: Record<string, string[]> = {
  steps: ["plan", "unlink", "action", "cli", "github", "git"],
  link: ["plan", "steps", "unlink", "action", "cli", "github", "git"],
  layout: ["plan", "steps", "link", "unlink", "action", "cli", "github", "git"],
  edit: ["plan", "steps", "link", "layout", "unlink", "action", "cli", "github", "git"],
  upstream: ["plan", "steps", "link", "layout", "edit", "unlink", "action", "cli", "github", "git"],
};

describe("imports point one way", () => {
  it("no file of src/ reaches itself through its imports", () => {
    expect(circles(importGraph(FILES))).toEqual([]);
  });

  it("no folder imports a folder above it", () => {
    const wrong: string[] = [];
    for (const [path, imports] of importGraph(FILES)) {
      const forbidden = FORBIDDEN[folderOf(path)] ?? [];
      for (const target of imports)
        if (forbidden.includes(folderOf(target))) wrong.push(`${path} -> ${target}`);
    }
    expect(wrong).toEqual([]);
  });

  it("finds a circle and a wrong direction when there is one", () => {
    const graph = importGraph(
      new Map([
        ["layout/types.ts", 'import type { X } from "./providers.js";\n'],
        ["layout/providers.ts", 'import type { Y } from "./types.js";\n'],
        ["steps/a.ts", 'import { z } from "../plan/plan.js";\n'],
        ["plan/plan.ts", 'export { a } from "../steps/a.js";\n'],
      ]),
    );
    expect(circles(graph)).toEqual([
      ["layout/providers.ts", "layout/types.ts"],
      ["plan/plan.ts", "steps/a.ts"],
    ]);
  });
});
