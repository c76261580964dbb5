// The registry is the only list of step ids: these check it, and that no other source file spells one.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LINK_STEPS, LINK_STEP_IDS, STEP_ID } from "../../src/steps/registry.js";

const SRC = join(import.meta.dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("the step registry", () => {
  it("lists each link step once, in apply order", () => {
    expect(LINK_STEP_IDS).toEqual(["source-role", "target-role", "target-rbac", "cluster-access", "argocd"]);
    expect(new Set(LINK_STEP_IDS).size).toBe(LINK_STEPS.length);
  });

  it("names every step id, rotation included, and nothing else", () => {
    expect(Object.values(STEP_ID).sort()).toEqual([...LINK_STEP_IDS, "rotate-token"].sort());
  });

  it("is the only place outside src/steps/ that spells a step id", () => {
    // "argocd" is also a release, namespace and folder name, so only the other ids can be checked.
    const ids = Object.values(STEP_ID).filter((id) => id !== STEP_ID.argocd);
    const offenders = sourceFiles(SRC)
      .filter((file) => !relative(SRC, file).startsWith("steps/"))
      .flatMap((file) => {
        const text = readFileSync(file, "utf8");
        return ids
          .filter((id) => text.includes(`"${id}"`) || text.includes(`'${id}'`))
          .map((id) => `${relative(SRC, file)}: ${id}`);
      });
    expect(offenders).toEqual([]);
  });

  it("keeps discovery below the planner: src/layout imports nothing from src/plan or src/steps", () => {
    const upward = sourceFiles(join(SRC, "layout")).filter((file) =>
      /from "\.\.\/(plan|steps)\//.test(readFileSync(file, "utf8")),
    );
    expect(upward).toEqual([]);
  });
});
