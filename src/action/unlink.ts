// The Action's unlink flow: the link name from the unlink issue form or workflow_dispatch, the
// plan from the repository alone (no AWS), then the same publishing and reporting as a link.
// A link and an unlink of the same name are never open at the same time.

import { InvalidInputError, LayoutError, show, type FieldError } from "../core/errors.js";
import type { GitHub } from "../github/client.js";
import { dispatchRequester, LinkBranches, publishSteps } from "../github/publisher.js";
import { fullName, type RepoRef } from "../github/repositories.js";
import { parseIssueForm } from "../issueops/form.js";
import { UNLINK_STEP_IDS } from "../steps/registry.js";
import { planUnlink } from "../unlink/plan.js";
import type { IssueTrigger, RunContext, Trigger } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { linkOutcome } from "./outcome.js";
import type { RunReport } from "./report.js";
import { publishRefused, RepositoryAccessError } from "./repository-access.js";
import { openRepositories } from "./sources.js";

/** The workflow_dispatch input (and issue form field) that names the link to remove. */
export const LINK_NAME_INPUT = "argocd-cluster-name";
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** Whether this run removes a link: an issue with the unlink label, or `command: unlink`. */
export function isUnlinkRun(inputs: ActionInputs, trigger: Trigger): boolean {
  if (trigger.kind === "issue") return trigger.labels.includes(inputs.unlinkLabel);
  if (trigger.kind === "dispatch") return inputs.command === "unlink" || trigger.inputs.command === "unlink";
  return false;
}

/** The link name, or the field error that says what is wrong with it. */
export function readLinkName(trigger: Trigger): { name: string } | { error: FieldError } {
  const raw =
    trigger.kind === "issue"
      ? parseIssueForm(trigger.body).fields[LINK_NAME_INPUT]
      : trigger.kind === "dispatch"
        ? trigger.inputs[LINK_NAME_INPUT]
        : undefined;
  const name = typeof raw === "string" ? raw.trim() : "";
  if (!DNS_LABEL.test(name)) {
    return {
      error: {
        field: LINK_NAME_INPUT,
        value: show(raw ?? ""),
        message:
          "must be the argocd-cluster-name of an existing link: a DNS-1123 label of at most 63 characters",
      },
    };
  }
  return { name };
}

/** Whether a step id (what follows `argocd-cluster-link/<name>/` in a branch) is one of an unlink's. */
export function isUnlinkStep(step: string): boolean {
  return step.startsWith("unlink-");
}

export async function unlinkRun(
  inputs: ActionInputs,
  ctx: RunContext,
  here: RepoRef,
  github: GitHub,
  io: ActionIo,
  runUrl: string,
  issue: IssueTrigger | undefined,
): Promise<RunReport> {
  const read = readLinkName(ctx.trigger);
  if ("error" in read) {
    return {
      status: "invalid",
      headline: `The link to remove is not named correctly; ${issue ? "edit the issue" : "run the workflow again"}. Nothing was changed.`,
      fieldErrors: [read.error],
      runUrl,
    };
  }
  const name = read.name;
  try {
    const sources = await openRepositories(github, here, ctx.defaultBranch, inputs.configPath);
    const home = fullName(here);
    // Read once: the same branches and pull requests serve this check and the publisher.
    const branches = new LinkBranches(github, name);
    const links = await branches.openPulls(sources.destinations, (step) => !isUnlinkStep(step), home);
    if (links.length > 0) {
      return {
        status: "blocked",
        headline:
          `The link ${name} still has open pull requests (${links.join(", ")}): merge or close them first, ` +
          "then run the unlink again. Nothing was changed.",
        runUrl,
      };
    }
    const plan = await planUnlink(sources.reader, name);
    const published = await publishSteps(github, {
      linkId: plan.linkId,
      requester: issue
        ? `${home}#${issue.number}`
        : dispatchRequester(ctx.trigger.kind === "dispatch" ? ctx.trigger.actor : ""),
      steps: plan.steps,
      upToDate: plan.upToDate,
      destinationFor: sources.destinationFor,
      home,
      label: inputs.unlinkLabel,
      origin: (repository) =>
        issue
          ? `Requested in ${repository === home ? "" : home}#${issue.number}.`
          : "Requested with workflow_dispatch.",
      // The unlink's own stale pull requests (a step already in the base branch), in every mapped repository.
      closeStaleIn: sources.destinations,
      stepIds: UNLINK_STEP_IDS,
      dryRun: inputs.dryRun,
      branches,
      log: io.info,
    });
    const refused = publishRefused(published, plan.steps, sources);
    if (refused) {
      return {
        status: "blocked",
        headline: refused.headline,
        plan,
        published,
        detail: refused.message,
        runUrl,
      };
    }
    const outcome = linkOutcome(
      plan,
      published,
      inputs.dryRun,
      issue ? "edit the issue" : "run the workflow again",
    );
    return {
      ...outcome,
      headline:
        outcome.status === "published"
          ? `Unlink ${name}: ${outcome.headline}${issue ? " This comment ticks each one off as it is merged." : " A rerun continues from the first step still present."}`
          : outcome.headline,
      plan,
      published,
      ...(published.error ? { detail: published.error.message } : {}),
      runUrl,
    };
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return {
        status: "invalid",
        headline: `There is no link ${name} to remove. Nothing was changed.`,
        fieldErrors: error.errors,
        runUrl,
      };
    }
    if (error instanceof LayoutError) {
      return {
        status: "blocked",
        headline:
          error instanceof RepositoryAccessError
            ? error.headline
            : "The repository does not allow this unlink yet. Nothing was changed.",
        detail: error.message,
        runUrl,
      };
    }
    return {
      status: "failed",
      headline: "Unexpected failure; nothing further was written.",
      detail: error instanceof Error ? error.message : String(error),
      runUrl,
    };
  }
}
