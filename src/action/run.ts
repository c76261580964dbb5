// The Action's flow for one run: decide whether the event is ours, check the requester's
// permission (before any token is asked for), validate the request, read the repository through
// the API, read the cluster through OIDC → STS → EKS, plan, publish one pull request per step and
// report in one status comment, the job summary and the outputs. All I/O comes in through `io`
// and `github`, so tests can drive it; every GitHub call is a named helper of `src/github/`.

import { AwsLookupError } from "../aws/errors.js";
import { InvalidInputError, LayoutError } from "../core/errors.js";
import type { GitHub } from "../github/client.js";
import { permissionOf } from "../github/permissions.js";
import { publishSteps } from "../github/publisher.js";
import { fullName, type RepoRef } from "../github/repositories.js";
import { isLinkForm, linkRequestFromDispatchInputs, linkRequestFromIssueForm } from "../issueops/form.js";
import { planLink } from "../plan/plan.js";
import type { LinkRequest } from "../request/types.js";
import { readFacts } from "./cluster.js";
import { deliver } from "./deliver.js";
import { ISSUE_ACTIONS, type IssueTrigger, type RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { leftAlone, partialHeadline } from "./outcome.js";
import type { RunReport, RunStatus } from "./report.js";
import { rotateTokens } from "./rotate.js";
import { openRepositories } from "./sources.js";

export type { ActionIo } from "./io.js";

export async function runAction(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  io: ActionIo,
): Promise<RunReport> {
  const runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
  const here: RepoRef = { owner: ctx.owner, repo: ctx.repo };
  const trigger = ctx.trigger;
  const issue = trigger.kind === "issue" ? trigger : undefined;
  const finish = async (report: RunReport): Promise<RunReport> => {
    await deliver(report, inputs, ctx, github, io, issue);
    return report;
  };

  const ignored = whyIgnored(inputs, ctx);
  if (ignored) {
    io.info(`Nothing to do: ${ignored}`);
    io.setOutput("status", "ignored");
    return { status: "ignored", headline: ignored, runUrl };
  }
  // 1. Who asks: checked before anything else, in particular before any OIDC token exists.
  const denied = await deniedRequester(inputs, ctx, github, here, issue);
  if (denied) return finish({ status: "denied", headline: denied, runUrl });

  if (inputs.command === "rotate" || (inputs.command === "auto" && trigger.kind === "schedule")) {
    return finish(await rotateTokens(inputs, ctx, here, github, io, runUrl));
  }

  // 2. The request.
  let request: LinkRequest;
  try {
    if (issue) {
      if (!isLinkForm(issue.body)) {
        return finish({
          status: "invalid",
          headline:
            "This issue has the link label but not the link form: open it with the **Link a cluster to ArgoCD** " +
            "template, or edit it to add every field of that form.",
          runUrl,
        });
      }
      request = linkRequestFromIssueForm(issue.body, `issue #${issue.number}`);
    } else {
      request = linkRequestFromDispatchInputs(
        trigger.kind === "dispatch" ? trigger.inputs : {},
        "workflow_dispatch inputs",
      );
    }
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return finish({
      status: "invalid",
      headline:
        "Every field below needs a change; edit the issue and the Action runs again. Nothing was created.",
      fieldErrors: error.errors,
      runUrl,
    });
  }

  try {
    // 3. The repositories, read through the API at one commit each.
    const sources = await openRepositories(github, here, ctx.defaultBranch, inputs.configPath);
    const { reader, config } = sources;

    // 4. The target cluster.
    const { facts, checks } = await readFacts(inputs, config, request, reader, ctx, io);
    if (!facts || checks.some((c) => c.status === "fail")) {
      return finish({
        status: "blocked",
        headline:
          "A preflight check failed, so nothing was created. Fix what the failed checks say, then edit or reopen the issue.",
        request,
        ...(facts ? { facts } : {}),
        checks,
        runUrl,
      });
    }

    // 5. Plan and publish.
    const plan = await planLink(reader, request, facts);
    const home = fullName(here);
    const published = await publishSteps(github, {
      linkId: plan.linkId,
      requester: issue ? `${home}#${issue.number}` : "dispatch",
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
      log: io.info,
    });
    const status: RunStatus = published.error
      ? "failed"
      : inputs.dryRun
        ? "dry-run"
        : plan.steps.length === 0
          ? "up-to-date"
          : leftAlone(published)
            ? "partial"
            : "published";
    const headline = {
      failed: `Publishing stopped at a GitHub error after ${published.steps.length} of ${plan.steps.length} step(s); run the workflow again (or edit the issue) to finish: nothing is duplicated.`,
      "dry-run": "Dry run: this is what would be published.",
      "up-to-date": "Every step of this link is already in the base branch: nothing left to change.",
      partial: partialHeadline(published, issue ? "edit the issue" : "run the workflow again"),
      published: `Review and merge the pull requests one at a time, in this order, and run each step's apply command after merging it.`,
    }[status as "failed" | "dry-run" | "up-to-date" | "partial" | "published"];
    return finish({
      status,
      headline,
      request,
      facts,
      checks,
      plan,
      published,
      ...(published.error ? { detail: published.error.message } : {}),
      runUrl,
    });
  } catch (error) {
    if (
      error instanceof LayoutError ||
      error instanceof AwsLookupError ||
      error instanceof InvalidInputError
    ) {
      return finish({
        status: "blocked",
        headline:
          error instanceof AwsLookupError
            ? "The target cluster could not be read from AWS. Nothing was created."
            : "The repository or the configuration does not allow this link yet. Nothing was created.",
        request,
        detail: error.message,
        runUrl,
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return finish({
      status: "failed",
      headline: "Unexpected failure; nothing further was written.",
      request,
      detail: message,
      runUrl,
    });
  }
}

function whyIgnored(inputs: ActionInputs, ctx: RunContext): string | undefined {
  const trigger = ctx.trigger;
  if (trigger.kind === "other") return `the ${trigger.name} event is not handled`;
  if (trigger.kind !== "issue") return undefined;
  if (!ISSUE_ACTIONS.includes(trigger.action)) return `issue action "${trigger.action}" is not handled`;
  if (trigger.state === "closed") return "the issue is closed";
  if (!trigger.labels.includes(inputs.label))
    return `issue #${trigger.number} does not have the label "${inputs.label}"`;
  if (trigger.action === "labeled" && trigger.labelAdded !== inputs.label) {
    return `the label added ("${trigger.labelAdded ?? ""}") is not "${inputs.label}"`;
  }
  return undefined;
}

/**
 * Why the requester may not ask for a link, or undefined when every requester may. A scheduled
 * run has no requester: the workflow file itself is what maintainers approved.
 */
async function deniedRequester(
  inputs: ActionInputs,
  ctx: RunContext,
  github: GitHub,
  here: RepoRef,
  issue: IssueTrigger | undefined,
): Promise<string | undefined> {
  const trigger = ctx.trigger;
  const requesters = issue
    ? [...new Set([issue.author, issue.sender].filter(Boolean))]
    : trigger.kind === "dispatch"
      ? [trigger.actor]
      : [];
  for (const login of requesters) {
    const permission = await permissionOf(github, here, login);
    if (!inputs.allowedPermissions.includes(permission)) {
      return (
        `@${login.replace(/[^A-Za-z0-9-]/g, "")} has ${permission === "none" ? "no" : `\`${permission}\``} permission on ` +
        `this repository; linking a cluster needs one of: ${inputs.allowedPermissions.join(", ")}. ` +
        (issue && login === issue.author
          ? "Nothing was done. The request must come from someone with that permission: ask them to open it."
          : "Nothing was done. An edit by someone with that permission (or the author) runs the request again.")
      );
    }
  }
  return undefined;
}
