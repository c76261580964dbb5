// The round-trip property: link then unlink gives back the original repository byte for byte. Driven
// only by what the link plan wrote, so it holds whatever the steps' names and contents become.
import { createTwoFilesPatch } from "diff";
import { describe, expect, it } from "vitest";
import { KEPT_SETTINGS } from "../../src/unlink/edits.js";
import { planUnlink } from "../../src/unlink/plan.js";
import { CASES, exampleRepo, planCase } from "../support/cases.js";
import { differences, mergeSteps } from "./support.js";

/**
 * Whether `after` is `before` plus only lines of instance-wide settings the unlink keeps on purpose
 * (and the bare parent keys holding them), each named in an unlink pull request body.
 */
function onlyKeptSettings(before: string | undefined, after: string | undefined, bodies: string): boolean {
  if (before === undefined || after === undefined) return false;
  const remaining = before.split("\n");
  const added: string[] = [];
  for (const line of after.split("\n")) {
    const i = remaining.indexOf(line);
    if (i >= 0) remaining.splice(i, 1);
    else added.push(line);
  }
  if (remaining.length > 0 || added.length === 0) return false;
  return added.every(
    (line) =>
      /^\s*[\w.-]+:\s*$/.test(line) ||
      KEPT_SETTINGS.some((key) => line.includes(key) && bodies.includes(key)),
  );
}

describe("link then unlink gives back the original repository", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const repo = await exampleRepo(c.repo);
      const original = new Map(repo.files);
      const link = await planCase(c, repo);
      mergeSteps(repo, link);
      const linked = new Map(repo.files);
      const unlink = await planUnlink(repo, link.linkId);
      mergeSteps(repo, unlink);
      const bodies = unlink.steps.map((s) => s.body).join("\n");
      const diff = differences(original, repo.files)
        .filter((p) => !onlyKeptSettings(original.get(p), repo.files.get(p), bodies))
        .map((p) =>
          createTwoFilesPatch(`original/${p}`, `after/${p}`, original.get(p) ?? "", repo.files.get(p) ?? ""),
        );
      expect(diff.join("\n")).toBe("");
      // Every file the link created is deleted, and by the unlink step that reverses its step.
      const created = link.steps.flatMap((s) =>
        s.files.filter((f) => f.action === "create").map((f) => f.path),
      );
      const deleted = unlink.steps.flatMap((s) =>
        s.files.filter((f) => f.action === "delete").map((f) => f.path),
      );
      expect(deleted.sort()).toEqual(created.filter((p) => !original.has(p)).sort());
      // Reverse order: each unlink step undoes a link step, the last link step first.
      const linkOrder = link.steps.map((s) => `unlink-${s.id}`).reverse();
      expect(unlink.steps.map((s) => s.id)).toEqual(
        linkOrder.filter((id) => unlink.steps.some((s) => s.id === id)),
      );
      expect(linked.size).toBeGreaterThanOrEqual(original.size);
      // Once merged, nothing is left to unlink.
      await expect(planUnlink(repo, link.linkId)).rejects.toThrow(/names no link/);
    });
  }
});
