// How a publish result reads as a run status and headline.

import type { PublishResult } from "../github/publisher.js";

/** Whether a step was left alone because its branch is not this request's to change. */
export function leftAlone(published: PublishResult): boolean {
  return published.steps.some((s) => s.outcome === "human-commit" || s.outcome === "other-request");
}

/** What to do about the steps left alone; `rerun` says how to run again ("edit the issue", ...). */
export function partialHeadline(published: PublishResult, rerun: string): string {
  const outcomes = new Set(published.steps.map((s) => s.outcome));
  const lines: string[] = [];
  if (outcomes.has("human-commit")) {
    lines.push(
      "Some branches have commits that argocd-cluster-link did not make; those steps were left alone (see below).",
    );
  }
  if (outcomes.has("other-request")) {
    lines.push(
      "Some branches belong to another request that uses the same argocd-cluster-name; those steps were left " +
        `alone (see below). Choose another argocd-cluster-name for this link and ${rerun}.`,
    );
  }
  return lines.join(" ");
}
