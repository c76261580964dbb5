// Delivers a run's report: the one status comment and the state label on the issue, then the
// outputs, the job summary and the job's result. A failure to write the comment or the label does
// not escape as a stack trace: the report turns `failed` and says what was done and what was not.

import { rateLimitReset, rerunAfter } from "../github/client.js";
import { upsertMarkedComment, type MarkedComment } from "../github/comments.js";
import type { GitHub } from "../github/client.js";
import { closeIssue } from "../github/issues.js";
import { addLabels, issueLabels, removeLabel } from "../github/labels.js";
import type { RepoRef } from "../github/repositories.js";
import type { RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { renderComment, renderReport, STATUS_MARKER, type RunReport, type RunStatus } from "./report.js";

/** Labels that show an issue's state, next to the trigger label. */
const STATE_LABELS: Partial<Record<RunStatus, string>> = {
  invalid: "invalid",
  blocked: "blocked",
  published: "prs-open",
  partial: "prs-open",
  // Every step in the base branch: what is left is to apply and verify.
  "up-to-date": "merged",
  merged: "merged",
  linked: "linked",
  failed: "failed",
};

/** The issue a run reports on: usually the triggering one; for a merged pull request, its requester's. */
export interface IssueTarget {
  repo: RepoRef;
  number: number;
  /** The status comment as this run already read it. */
  known?: MarkedComment;
}

/** The state label a report leaves: a verification that found problems keeps the progress's. */
/** The state label for a report: a label, none (undefined), or null to leave the labels as they are. */
function stateOf(report: RunReport): string | undefined | null {
  // A verification keeps the progress's label; without progress, the label the issue has.
  if (report.status === "not-linked")
    return report.progress ? (report.progress.allMerged ? "merged" : "prs-open") : null;
  return STATE_LABELS[report.status];
}

/** Delivers `report` and returns it as delivered (`failed` when the issue could not be updated). */
export async function deliver(
  report: RunReport,
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  issue: IssueTarget | undefined,
  options: { closeWhenLinked?: boolean } = {},
): Promise<RunReport> {
  const notDone: { what: string; error: unknown }[] = [];
  if (issue && !inputs.dryRun) {
    const { repo, number } = issue;
    const name =
      `${repo.owner}/${repo.repo}` === `${ctx.owner}/${ctx.repo}`
        ? `#${number}`
        : `${repo.owner}/${repo.repo}#${number}`;
    try {
      await upsertMarkedComment(
        github,
        repo,
        number,
        STATUS_MARKER,
        renderComment(report),
        1000,
        issue.known,
      );
    } catch (error) {
      notDone.push({ what: `the status comment on issue ${name}`, error });
    }
    const state = stateOf(report);
    if (report.status !== "denied" && state !== null) {
      try {
        await setStateLabel(github, repo, number, inputs.label, state);
      } catch (error) {
        notDone.push({ what: `the state label of issue ${name}`, error });
      }
    }
    // The link works: the request is done. Only after the comment says so, with its evidence.
    if (report.status === "linked" && options.closeWhenLinked && notDone.length === 0) {
      try {
        await closeIssue(github, repo, number);
      } catch (error) {
        notDone.push({ what: `closing issue ${name}`, error });
      }
    }
  }
  const delivered = notDone.length > 0 ? undelivered(report, notDone) : report;

  io.setOutput("status", delivered.status);
  io.setOutput(
    "pull-requests",
    JSON.stringify(
      (delivered.published?.steps ?? []).flatMap((s) =>
        s.pull ? [{ number: s.pull.number, url: s.pull.url, repository: s.repository, step: s.step }] : [],
      ),
    ),
  );
  // Only rotation runs have rotations to report.
  if (delivered.rotations) io.setOutput("rotations", JSON.stringify(delivered.rotations));
  const verification = delivered.verification ?? delivered.record?.verification;
  if (verification) io.setOutput("verification", JSON.stringify(verification.checks));
  io.setOutput("api-server", delivered.facts?.endpoint ?? "");
  io.setOutput("cluster-arn", delivered.facts?.arn ?? "");
  await io.writeSummary(renderReport(delivered));

  const failed =
    delivered.status === "failed" ||
    (!issue &&
      (delivered.status === "invalid" ||
        delivered.status === "blocked" ||
        delivered.status === "denied" ||
        delivered.status === "not-linked"));
  if (failed) io.setFailed(`${delivered.headline}${delivered.detail ? `\n${delivered.detail}` : ""}`);
  else io.info(`argocd-cluster-link: ${delivered.status}`);
  return delivered;
}

/** The report of a run whose result could not (all) be written to the issue. */
function undelivered(report: RunReport, notDone: { what: string; error: unknown }[]): RunReport {
  const pulls = (report.published?.steps ?? []).filter((s) => s.pull);
  const done =
    pulls.length > 0
      ? `The run got as far as "${report.status}": ${pulls.length} pull request(s) are open (listed below). `
      : `The run got as far as "${report.status}". `;
  const reset = notDone.map((n) => rateLimitReset(n.error)).find((d) => d !== undefined);
  const again = reset
    ? `GitHub's rate limit stopped it: ${rerunAfter(reset)}; nothing is duplicated.`
    : "Run the workflow again to finish: nothing is duplicated.";
  return {
    ...report,
    status: "failed",
    headline: `${done}But ${notDone.map((n) => n.what).join(" and ")} could not be written. ${again}`,
    detail: [
      ...(report.detail ? [report.detail] : []),
      ...notDone.map((n) => `${n.what}: ${n.error instanceof Error ? n.error.message : String(n.error)}`),
    ].join("\n"),
  };
}

/**
 * Leaves exactly one state label on the issue: the one for `status`, if it has one. Decided from
 * the issue's labels as they are now: on a rerun, the event payload still lists the labels from
 * before the earlier run set its state.
 */
async function setStateLabel(
  github: GitHub,
  repo: RepoRef,
  number: number,
  label: string,
  state: string | undefined,
): Promise<void> {
  const wanted = state ? `${label}:${state}` : undefined;
  // `done` is what versions before the lifecycle left on finished requests.
  const stateLabels = new Set(
    [...Object.values(STATE_LABELS), "done"].map((s) => `${label}:${s}`.toLowerCase()),
  );
  const current = await issueLabels(github, repo, number);
  for (const existing of current) {
    if (stateLabels.has(existing.toLowerCase()) && existing.toLowerCase() !== wanted?.toLowerCase())
      await removeLabel(github, repo, number, existing);
  }
  if (wanted && !current.some((l) => l.toLowerCase() === wanted.toLowerCase()))
    await addLabels(github, repo, number, [wanted]);
}
