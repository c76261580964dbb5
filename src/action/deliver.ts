// Delivers a run's report: outputs, job summary, the one status comment and the state label on the
// issue, and the job's result.

import { upsertMarkedComment } from "../github/comments.js";
import type { GitHub } from "../github/client.js";
import { addLabels, removeLabel } from "../github/labels.js";
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

export async function deliver(
  report: RunReport,
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  issue: IssueTrigger | undefined,
): Promise<void> {
  const markdown = renderReport(report);
  io.setOutput("status", report.status);
  io.setOutput(
    "pull-requests",
    JSON.stringify(
      (report.published?.steps ?? []).flatMap((s) =>
        s.pull ? [{ number: s.pull.number, url: s.pull.url, repository: s.repository, step: s.step }] : [],
      ),
    ),
  );
  // Only rotation runs have rotations to report.
  if (report.rotations) io.setOutput("rotations", JSON.stringify(report.rotations));
  io.setOutput("api-server", report.facts?.endpoint ?? "");
  io.setOutput("cluster-arn", report.facts?.arn ?? "");
  await io.writeSummary(markdown);

  if (issue && !inputs.dryRun) {
    const repo = { owner: ctx.owner, repo: ctx.repo };
    // The first attempt of an `opened` run is the first run there is for this issue: it cannot have
    // a status comment yet, so there is nothing to look up. (A re-run has run attempt 2 or more.)
    const fresh = issue.action === "opened" && ctx.runAttempt === "1";
    await upsertMarkedComment(
      github,
      repo,
      issue.number,
      STATUS_MARKER,
      renderComment(report),
      fresh ? "none" : "unknown",
    );
    if (report.status !== "denied") await setStateLabel(github, repo, issue, inputs.label, report.status);
  }
  const failed =
    report.status === "failed" ||
    (!issue && (report.status === "invalid" || report.status === "blocked" || report.status === "denied"));
  if (failed) io.setFailed(`${report.headline}${report.detail ? `\n${report.detail}` : ""}`);
  else io.info(`argocd-cluster-link: ${report.status}`);
}

/** Leaves exactly one state label on the issue: the one for `status`, if it has one. */
async function setStateLabel(
  github: GitHub,
  repo: RepoRef,
  issue: IssueTrigger,
  label: string,
  status: RunStatus,
): Promise<void> {
  const wanted = STATE_LABELS[status] ? `${label}:${STATE_LABELS[status]}` : undefined;
  const stateLabels = new Set(Object.values(STATE_LABELS).map((s) => `${label}:${s}`));
  for (const existing of issue.labels) {
    if (stateLabels.has(existing) && existing !== wanted)
      await removeLabel(github, repo, issue.number, existing);
  }
  if (wanted && !issue.labels.includes(wanted)) await addLabels(github, repo, issue.number, [wanted]);
}
