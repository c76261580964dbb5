// Where a link stands, from its record and the current state of each step's pull request: one row
// per step in apply order, the next thing to do, and warnings about steps merged out of order.
// Pure: the pull request states are read by the caller (lifecycle/refresh.ts).

import type { RecordStep } from "./record.js";

/** A pull request as GitHub reports it now. */
export type PullState =
  | { state: "open" }
  | { state: "closed" }
  | { state: "merged"; by: string; at: string; commit: string; base?: string }
  /** It could not be read (deleted, or the token cannot reach its repository). */
  | { state: "unknown"; reason: string };

export type RowState = "merged" | "in-base" | "open" | "closed" | "unknown" | "no-pull";

export interface ProgressRow {
  step: RecordStep;
  state: RowState;
  merge?: { by: string; at: string; commit: string };
  reason?: string;
}

/** The next thing to do, as parts the renderer formats: values stay values. */
export type NextAction =
  | { kind: "merge-first"; step: RecordStep }
  | { kind: "apply-then-merge"; applied: RecordStep; next: RecordStep }
  | { kind: "reopen"; step: RecordStep }
  | { kind: "no-pull"; step: RecordStep }
  | { kind: "unknown"; step: RecordStep; reason: string }
  | { kind: "apply-last"; step: RecordStep | undefined; then: "verify" | "close" };

export interface OutOfOrder {
  merged: RecordStep;
  /** The earlier step that is not merged yet. */
  before: RecordStep;
}

export interface Progress {
  rows: ProgressRow[];
  next: NextAction;
  outOfOrder: OutOfOrder[];
  allMerged: boolean;
}

const done = (s: RowState) => s === "merged" || s === "in-base";

export function progressOf(
  steps: RecordStep[],
  pulls: ReadonlyMap<number, PullState | undefined>,
  kind: "link" | "unlink",
): Progress {
  const rows: ProgressRow[] = steps.map((step) => {
    if (step.inBase) {
      // In the base branch already: through its merged pull request, or otherwise (a stale pull
      // request of it is then closed, which does not make the step undone).
      const pull = step.pull ? pulls.get(step.number) : undefined;
      if (pull?.state === "merged")
        return { step, state: "merged", merge: { by: pull.by, at: pull.at, commit: pull.commit } };
      return { step, state: "in-base" };
    }
    if (!step.pull) return { step, state: "no-pull" };
    const pull = pulls.get(step.number);
    if (!pull) return { step, state: "open" };
    if (pull.state === "merged" && step.base && pull.base && pull.base !== step.base)
      return { step, state: "unknown", reason: `merged into ${pull.base}, not ${step.base}` };
    if (pull.state === "merged")
      return { step, state: "merged", merge: { by: pull.by, at: pull.at, commit: pull.commit } };
    if (pull.state === "unknown") return { step, state: "unknown", reason: pull.reason };
    return { step, state: pull.state };
  });
  const outOfOrder: OutOfOrder[] = [];
  for (const [j, row] of rows.entries()) {
    if (row.state !== "merged") continue;
    const before = rows.slice(0, j).find((r) => !done(r.state));
    if (before) outOfOrder.push({ merged: row.step, before: before.step });
  }
  const first = rows.findIndex((r) => !done(r.state));
  const allMerged = rows.length > 0 && first < 0;
  const lastMerged = [...rows].reverse().find((r) => r.state === "merged");
  let next: NextAction;
  if (allMerged) {
    next = { kind: "apply-last", step: lastMerged?.step, then: kind === "link" ? "verify" : "close" };
  } else {
    const row = rows[first]!;
    const previous = first > 0 ? rows[first - 1] : undefined;
    if (row.state === "closed") next = { kind: "reopen", step: row.step };
    else if (row.state === "no-pull") next = { kind: "no-pull", step: row.step };
    else if (row.state === "unknown") next = { kind: "unknown", step: row.step, reason: row.reason ?? "" };
    else if (previous?.state === "merged")
      next = { kind: "apply-then-merge", applied: previous.step, next: row.step };
    else next = { kind: "merge-first", step: row.step };
  }
  return { rows, next, outOfOrder, allMerged };
}
