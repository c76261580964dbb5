// The Action's flow for one run: decide whether the event is ours, check the requester's
// permission (before any token is asked for), validate the request, read the repository through
// the API, read the cluster through OIDC → STS → EKS, plan, publish one pull request per step and
// report in one status comment, the job summary and the outputs. All I/O comes in through `io`
// and `github`, so tests can drive it; every GitHub call is a named helper of `src/github/`.

import { AwsLookupError } from "../aws/errors.js";
import { InvalidInputError, LayoutError } from "../core/errors.js";
import { describeRequestFailure, type GitHub } from "../github/client.js";
import { fullName, type RepoRef } from "../github/repositories.js";
import { stepBranch } from "../plan/names.js";
import { planLink } from "../plan/plan.js";
import { recordedDateIn } from "../plan/rotate.js";
import { STEP_ID } from "../steps/registry.js";
import { deliver } from "./deliver.js";
import type { RunContext } from "./event.js";
import { deniedRequester, whyIgnored } from "./gate.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { readLinkRequest } from "./link-request.js";
import { dispatchRequester, LinkBranches, publishSteps, type Destination } from "../github/publisher.js";
import { failureHeadline, linkOutcome } from "./outcome.js";
import type { RunReport } from "./report.js";
import { publishRefused, RepositoryAccessError } from "./repository-access.js";
import { openRepositories } from "./sources.js";
import { isUnlinkRun, isUnlinkStep, readLinkName, unlinkRun } from "./unlink.js";
import { findMarkedComment, type MarkedComment } from "../github/comments.js";
import { carryProgress, commandRun, pullClosedRun, withProgress, type LifecycleDeps } from "./lifecycle.js";
import { keptDetails, STATUS_MARKER } from "./report.js";
import type { IssueTrigger } from "./event.js";

export type { ActionIo } from "./io.js";

export async function runAction(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
): Promise<RunReport> {
  const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
  if (inputs.argocdAuthToken) io.setSecret(inputs.argocdAuthToken);
  const ignored = whyIgnored(inputs, ctx);
  if (ignored) {
    io.info(`Nothing to do: ${ignored}`);
    io.setOutput("status", "ignored");
    return { status: "ignored", headline: ignored, runUrl };
  }
  const here: RepoRef = { owner: ctx.owner, repo: ctx.repo };
  const trigger = ctx.trigger;
  const deps: LifecycleDeps = {
    deliver: (report, target, unlink, close = false) =>
      deliver(
        report,
        { ...inputs, label: unlink ? inputs.unlinkLabel : inputs.label },
        ctx,
        github,
        io,
        target,
        {
          // Only a verification closes the issue, never a later refresh of it.
          closeWhenLinked: close && inputs.closeWhenLinked,
        },
      ),
    rerun: (issue, known) => requestRun(inputs, { ...ctx, trigger: issue }, github, io, runUrl, known),
    verify: async (issue, target, record) => {
      const { verifyRun } = await import("./verify.js");
      const name = record?.link ?? linkNameOf(inputs, issue);
      const kept = target.known ? keptDetails(target.known.body) : undefined;
      const report = name
        ? await verifyRun(inputs, ctx, github, io, runUrl, {
            name,
            onIssue: true,
            ...(record ? { record } : {}),
            ...(kept ? { kept } : {}),
          })
        : {
            status: "not-linked" as const,
            headline:
              "This issue names no valid link: fix the request (or comment `/cluster-link retry`) first.",
            runUrl,
          };
      return deps.deliver(report, target, issue.labels.includes(inputs.unlinkLabel), true);
    },
  };
  try {
    if (trigger.kind === "pull") return await pullClosedRun(inputs, ctx, github, io, runUrl, deps);
    if (trigger.kind === "comment") return await commandRun(inputs, ctx, github, io, runUrl, deps);
  } catch (error) {
    const report: RunReport = {
      status: "failed",
      headline: failureHeadline(error, "Unexpected failure; nothing further was written."),
      detail: error instanceof Error ? error.message : String(error),
      runUrl,
    };
    return deliver(report, inputs, ctx, github, io, undefined);
  }
  if (trigger.kind === "dispatch" && (inputs.command === "verify" || trigger.inputs.command === "verify")) {
    const { verifyRun } = await import("./verify.js");
    // Who asks, before any OIDC token: as for a link request.
    const denied = await deniedRequester(inputs, ctx, github, here, undefined);
    // The same reading of argocd-cluster-name as an unlink's.
    const read = readLinkName(trigger);
    const report: RunReport = denied
      ? { status: "denied", headline: denied, runUrl }
      : "name" in read
        ? await verifyRun(inputs, ctx, github, io, runUrl, { name: read.name, onIssue: false })
        : {
            status: "invalid",
            headline:
              "The link to verify is not named correctly; run the workflow again. Nothing was checked.",
            fieldErrors: [read.error],
            runUrl,
          };
    return deliver(report, inputs, ctx, github, io, undefined);
  }
  const issue = trigger.kind === "issue" ? trigger : undefined;
  const known = issue ? await findMarkedComment(github, here, issue.number, STATUS_MARKER) : undefined;
  return requestRun(inputs, ctx, github, io, runUrl, known);
}

/** The link name of a link or unlink issue, when its form names a valid one. */
function linkNameOf(inputs: ActionInputs, issue: IssueTrigger): string | undefined {
  if (issue.labels.includes(inputs.unlinkLabel)) {
    const read = readLinkName(issue);
    return "name" in read ? read.name : undefined;
  }
  const read = readLinkRequest(issue);
  return "request" in read ? read.request.argocdClusterName : undefined;
}

/** A link or unlink request from an issue or workflow_dispatch (or the rotation), delivered with its progress. */
async function requestRun(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  runUrl: string,
  known: MarkedComment | undefined,
): Promise<RunReport> {
  const issue = ctx.trigger.kind === "issue" ? ctx.trigger : undefined;
  const unlink = isUnlinkRun(inputs, ctx.trigger);
  // Every path, an unexpected error included, ends in one awaited delivery of one report.
  let report: RunReport;
  try {
    report = await decide(inputs, ctx, github, io, runUrl);
    if (issue && !inputs.dryRun)
      report = await withProgress(
        report,
        unlink ? "unlink" : "link",
        github,
        `${ctx.owner}/${ctx.repo}`,
        known,
      );
  } catch (error) {
    report = {
      status: "failed",
      headline: failureHeadline(error, "Unexpected failure; nothing further was written."),
      detail: error instanceof Error ? error.message : String(error),
      runUrl,
    };
  }
  // A run that publishes nothing (denied, invalid, blocked, failed) keeps the progress it replaces.
  if (issue && !inputs.dryRun) report = await carryProgress(report, github, known);
  const label = unlink ? inputs.unlinkLabel : inputs.label;
  const target = issue
    ? { repo: { owner: ctx.owner, repo: ctx.repo }, number: issue.number, ...(known ? { known } : {}) }
    : undefined;
  return deliver(report, { ...inputs, label }, ctx, github, io, target);
}

/** What the run does and finds, as a report to deliver. */
async function decide(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
  runUrl: string,
): Promise<RunReport> {
  const here: RepoRef = { owner: ctx.owner, repo: ctx.repo };
  const trigger = ctx.trigger;
  const issue = trigger.kind === "issue" ? trigger : undefined;

  // 1. Who asks: checked before anything else, in particular before any OIDC token exists.
  const denied = await deniedRequester(inputs, ctx, github, here, issue);
  if (denied) return { status: "denied", headline: denied, runUrl };

  if (inputs.command === "rotate" || (inputs.command === "auto" && trigger.kind === "schedule")) {
    const { rotateTokens } = await import("./rotate.js");
    return rotateTokens(inputs, ctx, here, github, io, runUrl);
  }

  if (isUnlinkRun(inputs, trigger)) return unlinkRun(inputs, ctx, here, github, io, runUrl, issue);

  // 2. The request.
  const read = readLinkRequest(ctx.trigger);
  if ("invalid" in read) return { status: "invalid", ...read.invalid, runUrl };
  const request = read.request;

  try {
    // 3. The repositories, read through the API at one commit each.
    const sources = await openRepositories(github, here, ctx.defaultBranch, inputs.configPath);
    const { reader, config } = sources;

    // 4. The target cluster (its module loads the AWS SDK, so only runs that get this far pay for it).
    const { readFacts } = await import("./cluster.js");
    const { facts, checks } = await readFacts(inputs, config, request, reader, ctx, io);
    if (!facts || checks.some((c) => c.status === "fail")) {
      return {
        status: "blocked",
        headline:
          "A preflight check failed, so nothing was created. Fix what the failed checks say, then edit or reopen the issue.",
        request,
        ...(facts ? { facts } : {}),
        checks,
        runUrl,
      };
    }

    // 5. Plan and publish, unless an unlink of the same name is still open.
    const home = fullName(here);
    // Read once: the same branches and pull requests serve this check and the publisher.
    const branches = new LinkBranches(github, request.argocdClusterName);
    const unlinks = await branches.openPulls(sources.destinations, isUnlinkStep, home);
    if (unlinks.length > 0) {
      return {
        status: "blocked",
        headline:
          `An unlink of ${request.argocdClusterName} is still open (${unlinks.join(", ")}): merge or close its pull ` +
          "requests first, then edit the issue or run again. Nothing was created.",
        request,
        facts,
        checks,
        runUrl,
      };
    }
    const date = await planDate(branches, sources.destinationFor(request.targetAccount), io);
    const plan = await planLink(reader, request, facts, { date });
    const published = await publishSteps(github, {
      linkId: plan.linkId,
      requester: issue
        ? `${home}#${issue.number}`
        : dispatchRequester(trigger.kind === "dispatch" ? trigger.actor : ""),
      steps: plan.steps,
      upToDate: plan.upToDate,
      destinationFor: sources.destinationFor,
      home,
      label: inputs.label,
      origin: (repository) =>
        issue
          ? `Requested in ${repository === home ? "" : home}#${issue.number}.`
          : "Requested with workflow_dispatch.",
      // Every repository the config file maps, also one where no step is left.
      closeStaleIn: sources.destinations,
      dryRun: inputs.dryRun,
      branches,
      log: io.info,
    });
    const refused = publishRefused(published, plan.steps, sources);
    if (refused) {
      return {
        status: "blocked",
        headline: refused.headline,
        request,
        facts,
        checks,
        plan,
        published,
        detail: refused.message,
        runUrl,
      };
    }
    const { status, headline } = linkOutcome(
      plan,
      published,
      inputs.dryRun,
      issue ? "edit the issue" : "run the workflow again",
    );
    return {
      status,
      headline,
      request,
      facts,
      checks,
      plan,
      published,
      ...(published.error ? { detail: describeRequestFailure(published.error) } : {}),
      runUrl,
    };
  } catch (error) {
    if (
      error instanceof LayoutError ||
      error instanceof AwsLookupError ||
      error instanceof InvalidInputError
    ) {
      return {
        status: "blocked",
        headline:
          error instanceof AwsLookupError
            ? "The target cluster could not be read from AWS. Nothing was created."
            : error instanceof RepositoryAccessError
              ? error.headline
              : "The repository or the configuration does not allow this link yet. Nothing was created.",
        request,
        detail: error.message,
        runUrl,
      };
    }
    return {
      status: "failed",
      headline: failureHeadline(error, "Unexpected failure; nothing further was written."),
      request,
      detail: error instanceof Error ? error.message : String(error),
      runUrl,
    };
  }
}

/**
 * The plan's date: the one the link's open target-rbac pull request records (a new token's
 * creation), so a rerun before it is merged writes the same files; else the clock's. No extra call:
 * the link's pull requests were read for the unlink check.
 */
async function planDate(branches: LinkBranches, dest: Destination, io: ActionIo): Promise<Date> {
  const branch = stepBranch(branches.linkId, STEP_ID.targetRbac);
  const pull = (await branches.stateOf(dest)).pulls.find((p) => p.head.ref === branch);
  return recordedDateIn(pull?.body ?? null) ?? (io.now ?? (() => new Date()))();
}
