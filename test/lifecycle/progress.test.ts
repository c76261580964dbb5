// Where a link stands from its steps and their pull requests' states: rows, the next thing to do,
// and steps merged out of order.
import { describe, expect, it } from "vitest";
import { progressOf, type PullState } from "../../src/lifecycle/progress.js";
import type { RecordStep } from "../../src/lifecycle/record.js";

const step = (number: number, extra: Partial<RecordStep> = {}): RecordStep => ({
  id: ["source-role", "target-role", "cluster-access", "argocd"][number - 1]!,
  number,
  total: 4,
  summary: `step ${number}`,
  account: "shared",
  repository: "octo-org/infra",
  pull: { number: 10 + number, url: `https://github.com/octo-org/infra/pull/${10 + number}` },
  apply: [`cd layer${number} && leverage tf apply`],
  ...extra,
});
const steps = [step(1), step(2), step(3), step(4)];
const merged: PullState = {
  state: "merged",
  by: "alice",
  at: "2026-12-07T10:00:00Z",
  commit: "a".repeat(40),
};
const states = (...s: (PullState | undefined)[]) => new Map(s.map((v, i) => [i + 1, v]));

describe("progressOf", () => {
  it("nothing merged: merge step 1 first", () => {
    const p = progressOf(
      steps,
      states({ state: "open" }, { state: "open" }, { state: "open" }, { state: "open" }),
      "link",
    );
    expect(p.rows.map((r) => r.state)).toEqual(["open", "open", "open", "open"]);
    expect(p.next).toEqual({ kind: "merge-first", step: steps[0] });
    expect(p.allMerged).toBe(false);
    expect(p.outOfOrder).toEqual([]);
  });

  it("step 1 merged: apply it, then merge step 2", () => {
    const p = progressOf(steps, states(merged, { state: "open" }), "link");
    expect(p.rows[0]).toMatchObject({ state: "merged", merge: { by: "alice" } });
    expect(p.next).toEqual({ kind: "apply-then-merge", applied: steps[0], next: steps[1] });
  });

  it("a step merged before an earlier one is flagged, against the first one not merged", () => {
    const p = progressOf(steps, states({ state: "open" }, { state: "open" }, merged, merged), "link");
    expect(p.outOfOrder.map((o) => [o.merged.number, o.before.number])).toEqual([
      [3, 1],
      [4, 1],
    ]);
    expect(p.next).toEqual({ kind: "merge-first", step: steps[0] });
  });

  it("a pull request closed without merging: reopen or retry", () => {
    const p = progressOf(steps, states(merged, { state: "closed" }), "link");
    expect(p.next).toEqual({ kind: "reopen", step: steps[1] });
  });

  it("every step merged: apply the last and verify (a link) or close (an unlink)", () => {
    const all = states(merged, merged, merged, merged);
    expect(progressOf(steps, all, "link")).toMatchObject({
      allMerged: true,
      next: { kind: "apply-last", then: "verify", step: steps[3] },
    });
    expect(progressOf(steps, all, "unlink").next).toMatchObject({ then: "close" });
  });

  it("a step in the base branch counts as done; its stale pull request closed does not undo it", () => {
    const inBase = [step(1, { inBase: true }), step(2, { inBase: true, pull: undefined }), step(3), step(4)];
    const p = progressOf(inBase, states({ state: "closed" }, undefined, { state: "open" }), "link");
    expect(p.rows.map((r) => r.state)).toEqual(["in-base", "in-base", "open", "open"]);
    expect(p.next).toEqual({ kind: "merge-first", step: inBase[2] });
  });

  it("a pull request merged into another branch than the step's base does not count as merged", () => {
    const based = [step(1, { base: "main" })];
    const elsewhere = progressOf(based, states({ ...merged, base: "release" } as PullState), "link");
    expect(elsewhere.rows[0]).toMatchObject({ state: "unknown", reason: "merged into release, not main" });
    expect(progressOf(based, states({ ...merged, base: "main" } as PullState), "link").rows[0]!.state).toBe(
      "merged",
    );
  });

  it("a step without a pull request, and one that cannot be read, say so instead of guessing", () => {
    expect(progressOf([step(1, { pull: undefined })], new Map(), "link").next).toMatchObject({
      kind: "no-pull",
    });
    const unreadable = progressOf([step(1)], states({ state: "unknown", reason: "404" }), "link");
    expect(unreadable.rows[0]).toMatchObject({ state: "unknown", reason: "404" });
    expect(unreadable.next).toMatchObject({ kind: "unknown" });
  });
});
