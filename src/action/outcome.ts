// How a publish result reads as a run status and headline.

import { rateLimitReset, rerunAfter } from "../github/client.js";
import type { PublishResult } from "../github/publisher.js";
import type { Plan } from "../plan/types.js";
import type { RunStatus } from "./report.js";

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

/**
 * The headline of a run stopped by `error`: for GitHub's rate limit (which resets later than the run
 * may wait, max-rate-limit-wait-seconds, or outlasted the retries), when to run it again; otherwise
 * `fallback`.
 */
export function failureHeadline(error: unknown, fallback: string): string {
  const reset = rateLimitReset(error);
  if (!reset) return fallback;
  return (
    "GitHub's API rate limit stopped the run (it resets later than max-rate-limit-wait-seconds, or " +
    `the retries ran out); ${rerunAfter(reset)}: nothing is duplicated.`
  );
}

/** A link run's status and headline, from its plan and what publishing did. */
export function linkOutcome(
  plan: Plan,
  published: PublishResult,
  dryRun: boolean,
  rerun: string,
): { status: RunStatus; headline: string } {
  if (published.error) {
    return {
      status: "failed",
      headline: failureHeadline(
        published.error,
        `Publishing stopped at a GitHub error after ${published.steps.length} of ${plan.steps.length} steps; run the workflow again (or edit the issue) to finish: nothing is duplicated.`,
      ),
    };
  }
  if (dryRun) return { status: "dry-run", headline: "Dry run: this is what would be published." };
  if (plan.steps.length === 0) {
    return {
      status: "up-to-date",
      headline: "Every step of this link is already in the base branch: nothing left to change.",
    };
  }
  if (leftAlone(published)) return { status: "partial", headline: partialHeadline(published, rerun) };
  return {
    status: "published",
    headline:
      "Review and merge the pull requests one at a time, in this order, and run each step's apply command after merging it.",
  };
}
