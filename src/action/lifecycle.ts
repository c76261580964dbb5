// A link's life after its pull requests open: the progress in the status comment (from the
// record the comment carries and each pull request's current state), merged pull requests that
// tick their step off, and the `/cluster-link` commands on link and unlink issues.

import { findMarkedComment, addComment, type MarkedComment } from "../github/comments.js";
import type { GitHub } from "../github/client.js";
import { readCommit } from "../github/branches.js";
import { readIssue } from "../github/issues.js";
import { permissionOf } from "../github/permissions.js";
import { stepTrailers } from "../github/publisher.js";
import { pullState } from "../github/pulls.js";
import { react, type Reaction } from "../github/reactions.js";
import { fullName, type RepoRef } from "../github/repositories.js";
import { recordOfRun } from "../lifecycle/build.js";
import { parseCommand, requesterIssue, whyNotOurPull } from "../lifecycle/events.js";
import { progressOf, type Progress, type PullState } from "../lifecycle/progress.js";
import { decodeRecord, type LinkRecord } from "../lifecycle/record.js";
import { isLinked } from "../verify/checks.js";
import { code } from "../core/markdown.js";
import { mention } from "./gate.js";
import type { CommentTrigger, IssueTrigger, PullClosedTrigger, RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { keptDetails, STATUS_MARKER, type RunReport } from "./report.js";
import type { IssueTarget } from "./deliver.js";

/** The current state of every recorded pull request that `fresh` does not already know. */
export async function readPullStates(
  github: GitHub,
  record: LinkRecord,
  fresh: ReadonlySet<number> = new Set(),
): Promise<Map<number, PullState>> {
  const states = new Map<number, PullState>();
  for (const step of record.steps) {
    if (!step.pull || fresh.has(step.number)) continue;
    const [owner, repo] = step.repository.split("/") as [string, string];
    states.set(step.number, await pullState(github, { owner, repo }, step.pull.number));
  }
  return states;
}

/** A progress report's status and headline. */
function progressOutcome(progress: Progress, record: LinkRecord): Pick<RunReport, "status" | "headline"> {
  const kind = record.kind;
  // Still linked: a refresh after a passing verification does not step the label back.
  if (progress.allMerged && kind === "link" && record.verification && isLinked(record.verification.checks)) {
    return {
      status: "linked",
      headline: "Every pull request is merged, and the last verification found the link working.",
    };
  }
  if (progress.allMerged) {
    return {
      status: "merged",
      headline:
        kind === "link"
          ? "Every pull request is merged. Once the last layer is applied, comment `/cluster-link verify`: the issue is closed when ArgoCD reaches the cluster."
          : "Every pull request of the unlink is merged. Apply the last layer as below; the link is gone once every step is applied.",
    };
  }
  return {
    status: "published",
    headline:
      "Review and merge the pull requests one at a time, in this order, and apply each step after merging it. " +
      "This comment follows along as they are merged.",
  };
}

/**
 * Adds the record and the progress to the report of a run that published steps: the pull requests
 * opened now are open; those an earlier run recorded (steps merged since) are read again.
 */
export async function withProgress(
  report: RunReport,
  kind: "link" | "unlink",
  github: GitHub,
  home: string,
  previous: MarkedComment | undefined,
): Promise<RunReport> {
  const { plan, published } = report;
  if (!plan || !published || published.error) return report;
  if (!["published", "partial", "up-to-date"].includes(report.status)) return report;
  const before = previous ? decodeRecord(previous.body) : undefined;
  const record = recordOfRun(kind, plan, published, home, before);
  const fresh = new Set(plan.steps.map((s) => s.number));
  const progress = progressOf(record.steps, await readPullStates(github, record, fresh), kind);
  // A link whose every step is merged again after a retry keeps its last verification.
  if (before?.verification && progress.allMerged) record.verification = before.verification;
  return { ...report, record, progress };
}

/** The progress of the request recorded in `comment`, read again from GitHub; undefined without a record. */
export async function refreshReport(
  github: GitHub,
  comment: MarkedComment | undefined,
  runUrl: string,
): Promise<RunReport | undefined> {
  const record = comment ? decodeRecord(comment.body) : undefined;
  if (!comment || !record) return undefined;
  const progress = progressOf(record.steps, await readPullStates(github, record), record.kind);
  const kept = keptDetails(comment.body);
  return { ...progressOutcome(progress, record), progress, record, ...(kept ? { kept } : {}), runUrl };
}

/**
 * The report of a run that did not publish (denied, invalid, blocked, failed), with the record and
 * progress of the comment it replaces: the steps already opened stay visible and trackable. When
 * the pull requests cannot be read now, the record is kept without the progress.
 */
export async function carryProgress(
  report: RunReport,
  github: GitHub,
  known: MarkedComment | undefined,
): Promise<RunReport> {
  if (report.record || !known) return report;
  const record = decodeRecord(known.body);
  if (!record) return report;
  const kept = keptDetails(known.body);
  const carried = { ...report, record, ...(kept && !report.request ? { kept } : {}) };
  try {
    return {
      ...carried,
      progress: progressOf(record.steps, await readPullStates(github, record), record.kind),
    };
  } catch {
    return carried;
  }
}

export interface LifecycleDeps {
  /** `close`: a verification's report, which may close the issue (close-when-linked). */
  deliver: (
    report: RunReport,
    target: IssueTarget | undefined,
    unlink: boolean,
    close?: boolean,
  ) => Promise<RunReport>;
  /** Runs the issue's request again, as an edit does (a `retry`). */
  rerun: (issue: IssueTrigger, known: MarkedComment | undefined) => Promise<RunReport>;
  /** Verifies the issue's link (a `verify`). */
  verify: (issue: IssueTrigger, target: IssueTarget, record: LinkRecord | undefined) => Promise<RunReport>;
}

const ignoredReport = (headline: string, runUrl: string, io: ActionIo): RunReport => {
  io.info(`Nothing to do: ${headline}`);
  io.setOutput("status", "ignored");
  return { status: "ignored", headline, runUrl };
};

/**
 * A closed pull request: when it is a step of ours (our branch in this repository, opened by the
 * Action, its last commit carrying our trailer), the issue that requested it shows the new progress.
 */
export async function pullClosedRun(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  runUrl: string,
  deps: LifecycleDeps,
): Promise<RunReport> {
  const pull = ctx.trigger as PullClosedTrigger;
  const here: RepoRef = { owner: ctx.owner, repo: ctx.repo };
  if (pull.action !== "closed")
    return ignoredReport(`pull_request action "${pull.action}" is not handled`, runUrl, io);
  const ours = whyNotOurPull(pull, fullName(here));
  if ("ignored" in ours) return ignoredReport(`pull request #${pull.number}: ${ours.ignored}`, runUrl, io);
  if (!/^[0-9a-f]{40}$/.test(pull.headSha))
    return ignoredReport(`pull request #${pull.number} has no head commit`, runUrl, io);
  const marks = stepTrailers((await readCommit(github, here, pull.headSha)).message);
  if (marks?.step !== `${ours.link}/${ours.step}`)
    return ignoredReport(
      `pull request #${pull.number}: its last commit is not argocd-cluster-link's for its step`,
      runUrl,
      io,
    );
  const requested = requesterIssue(marks.requester);
  if (!requested)
    return ignoredReport(`pull request #${pull.number} was not requested in an issue`, runUrl, io);
  const repo = { owner: requested.owner, repo: requested.repo };
  let issue: Awaited<ReturnType<typeof readIssue>>;
  try {
    issue = await readIssue(github, repo, requested.number);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 404 && status !== 403 && status !== 410) throw error;
    return ignoredReport(
      `issue ${fullName(repo)}#${requested.number} cannot be read (HTTP ${status})`,
      runUrl,
      io,
    );
  }
  const unlink = ours.step.startsWith("unlink-");
  const label = unlink ? inputs.unlinkLabel : inputs.label;
  if (issue.isPull || issue.state !== "open" || !issue.labels.includes(label))
    return ignoredReport(
      `issue ${fullName(repo)}#${requested.number} is closed or not a ${label} issue`,
      runUrl,
      io,
    );
  const known = await findMarkedComment(github, repo, requested.number, STATUS_MARKER);
  const report = await refreshReport(github, known, runUrl);
  if (!report)
    return ignoredReport(`issue ${fullName(repo)}#${requested.number} has no progress to update`, runUrl, io);
  io.info(
    `Pull request #${pull.number} (${ours.step}) ${pull.merged ? "merged" : "closed"}: updating ${fullName(repo)}#${requested.number}.`,
  );
  return deps.deliver(report, { repo, number: requested.number, ...(known ? { known } : {}) }, unlink);
}

const HELP =
  "Commands (on the first line of a comment, by someone with one of the allowed permissions):\n" +
  "- `/cluster-link status`: refresh the status comment from GitHub's current state.\n" +
  "- `/cluster-link retry`: run the request again, as an edit of the issue does.\n" +
  "- `/cluster-link verify`: check in AWS and ArgoCD that the link is there and works; closes the issue when it does.\n" +
  "- `/cluster-link help`: this list.";

/** A `/cluster-link` command in a comment on a link or unlink issue. */
export async function commandRun(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  runUrl: string,
  deps: LifecycleDeps,
): Promise<RunReport> {
  const trigger = ctx.trigger as CommentTrigger;
  const here: RepoRef = { owner: ctx.owner, repo: ctx.repo };
  const parsed = parseCommand(trigger.commentBody);
  if (!parsed) return ignoredReport("the comment is not a /cluster-link command", runUrl, io);
  // Acknowledging is best effort: a deleted comment must not fail the command itself.
  const ack = (content: Reaction) =>
    react(github, here, trigger.commentId, content).catch((error: unknown) =>
      io.warning(
        `Could not add the ${content} reaction: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );

  // 1. Who asks, before anything else (no OIDC token, no other write for a denied command).
  const permission = await permissionOf(github, here, trigger.commenter);
  if (!inputs.allowedPermissions.includes(permission)) {
    await ack("confused");
    const headline =
      `${mention(trigger.commenter)} has ${permission === "none" ? "no" : `\`${permission}\``} permission on this ` +
      `repository; commands need one of: ${inputs.allowedPermissions.join(", ")}. Nothing was done.`;
    io.info(headline);
    io.setOutput("status", "denied");
    return { status: "denied", headline, runUrl };
  }
  await ack("eyes");
  const issue = trigger.issue;
  const unlink = issue.labels.includes(inputs.unlinkLabel);
  let report: RunReport;
  // Verification checks a link; an unlink issue has none to check.
  const wrongKind = !("unknown" in parsed) && parsed.command === "verify" && unlink;
  if ("unknown" in parsed || parsed.command === "help" || wrongKind) {
    const known = "unknown" in parsed || wrongKind;
    await addComment(
      github,
      here,
      issue.number,
      `${
        wrongKind
          ? "`/cluster-link verify` checks a link; this is an unlink issue. "
          : "unknown" in parsed
            ? `Unknown command${parsed.unknown ? ` ${code(parsed.unknown)}` : ""}. `
            : ""
      }${HELP}`,
    );
    await ack(known ? "confused" : "rocket");
    io.setOutput("status", "ignored");
    return {
      status: "ignored",
      headline: wrongKind ? "verify on an unlink issue" : known ? "unknown command" : "help",
      runUrl,
    };
  }
  const target: IssueTarget = { repo: here, number: issue.number };
  const known = await findMarkedComment(github, here, issue.number, STATUS_MARKER);
  if (known) target.known = known;
  // Runs of a command act for the commenter; the request's author is checked again as for an edit.
  const asEdit: IssueTrigger = { ...issue, action: "edited", sender: trigger.commenter };
  try {
    if (parsed.command === "status") {
      const refreshed = await refreshReport(github, known, runUrl);
      if (!refreshed) {
        await addComment(
          github,
          here,
          issue.number,
          "No pull requests are recorded on this issue yet, so there is no progress to show: comment `/cluster-link retry` to run the request.",
        );
        await ack("confused");
        io.setOutput("status", "ignored");
        return { status: "ignored", headline: "no progress recorded", runUrl };
      }
      report = await deps.deliver(refreshed, target, unlink);
    } else if (parsed.command === "retry") {
      report = await deps.rerun(asEdit, known);
    } else {
      report = await deps.verify(asEdit, target, known ? decodeRecord(known.body) : undefined);
    }
  } catch (error) {
    await ack("confused");
    throw error;
  }
  const failed = ["failed", "denied", "invalid", "blocked", "not-linked"].includes(report.status);
  await ack(failed ? "confused" : "rocket");
  return report;
}
