// Delivers a run's report: the one status comment and the state label on the issue, then the
// outputs, the job summary and the job's result. A failure to write the comment or the label does
// not escape as a stack trace: the report turns `failed` and says what was done and what was not.

import { rateLimitReset, rerunAfter } from "../github/client.js";
import { upsertMarkedComment } from "../github/comments.js";
import type { GitHub } from "../github/client.js";
import { addLabels, issueLabels, removeLabel } from "../github/labels.js";
import type { RepoRef } from "../github/repositories.js";
import type { IssueTrigger, RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { renderComment, renderReport, STATUS_MARKER, type RunReport, type RunStatus } from "./report.js";

/** Labels that show an issue's state, next to the trigger label. */
const STATE_LABELS: Partial<Record<RunStatus, string>> = {
  invalid: "invalid",
  blocked: "blocked",
  published: "prs-open",
  partial: "prs-open",
  "up-to-date": "done",
  failed: "failed",
};

/** Delivers `report` and returns it as delivered (`failed` when the issue could not be updated). */
export async function deliver(
  report: RunReport,
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  issue: IssueTrigger | undefined,
): Promise<RunReport> {
  const notDone: { what: string; error: unknown }[] = [];
  if (issue && !inputs.dryRun) {
    const repo = { owner: ctx.owner, repo: ctx.repo };
    try {
      await upsertMarkedComment(github, repo, issue.number, STATUS_MARKER, renderComment(report));
    } catch (error) {
      notDone.push({ what: `the status comment on issue #${issue.number}`, error });
    }
    if (report.status !== "denied") {
      try {
        await setStateLabel(github, repo, issue, inputs.label, report.status);
      } catch (error) {
        notDone.push({ what: `the state label of issue #${issue.number}`, error });
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
  io.setOutput("api-server", delivered.facts?.endpoint ?? "");
  io.setOutput("cluster-arn", delivered.facts?.arn ?? "");
  await io.writeSummary(renderReport(delivered));

  const failed =
    delivered.status === "failed" ||
    (!issue &&
      (delivered.status === "invalid" || delivered.status === "blocked" || delivered.status === "denied"));
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
  issue: IssueTrigger,
  label: string,
  status: RunStatus,
): Promise<void> {
  const wanted = STATE_LABELS[status] ? `${label}:${STATE_LABELS[status]}` : undefined;
  const stateLabels = new Set(Object.values(STATE_LABELS).map((s) => `${label}:${s}`.toLowerCase()));
  const current = await issueLabels(github, repo, issue.number);
  for (const existing of current) {
    if (stateLabels.has(existing.toLowerCase()) && existing.toLowerCase() !== wanted?.toLowerCase())
      await removeLabel(github, repo, issue.number, existing);
  }
  if (wanted && !current.some((l) => l.toLowerCase() === wanted.toLowerCase()))
    await addLabels(github, repo, issue.number, [wanted]);
}
