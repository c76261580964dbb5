// Whether a run acts at all: the event must be ours, and every requester must have one of the
// allowed permissions (checked before any OIDC token exists).

import { code } from "../core/markdown.js";
import type { GitHub } from "../github/client.js";
import { permissionOf } from "../github/permissions.js";
import type { RepoRef } from "../github/repositories.js";
import { parseCommand } from "../lifecycle/events.js";
import { ISSUE_ACTIONS, type CommentTrigger, type IssueTrigger, type RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";

/** A user login GitHub would turn into a mention of that same account. */
const USER_LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/;

/**
 * `@login` for a user; any other login (a bot's `name[bot]`, or anything unexpected) as a code
 * span, so that it never becomes a mention of another account (`renovate[bot]` is not `@renovatebot`).
 */
export function mention(login: string): string {
  return USER_LOGIN.test(login) ? `@${login}` : code(login);
}

/** Why the event is not for this Action, or undefined when it is. */
export function whyIgnored(inputs: ActionInputs, ctx: RunContext): string | undefined {
  const trigger = ctx.trigger;
  if (trigger.kind === "other") return `the ${trigger.name} event is not handled`;
  if (trigger.kind === "comment") return whyCommentIgnored(inputs, trigger);
  if (trigger.kind !== "issue") return undefined;
  if (!ISSUE_ACTIONS.includes(trigger.action)) return `issue action "${trigger.action}" is not handled`;
  if (trigger.state === "closed") return "the issue is closed";
  // The link label, or the unlink label (the unlink issue form's).
  const label = trigger.labels.includes(inputs.unlinkLabel) ? inputs.unlinkLabel : inputs.label;
  if (!trigger.labels.includes(label))
    return `issue #${trigger.number} does not have the label "${inputs.label}" or "${inputs.unlinkLabel}"`;
  if (trigger.action === "labeled" && trigger.labelAdded !== label) {
    return `the label added ("${trigger.labelAdded ?? ""}") is not "${label}"`;
  }
  return undefined;
}

/** Why a comment is not a command for this Action; only a command on an open link or unlink issue is. */
function whyCommentIgnored(inputs: ActionInputs, trigger: CommentTrigger): string | undefined {
  if (trigger.action !== "created") return `comment action "${trigger.action}" is not handled`;
  if (trigger.onPullRequest) return "comments on pull requests are not commands";
  if (trigger.commenterType === "Bot") return "comments by bots are not commands";
  if (trigger.issue.state === "closed") return "the issue is closed";
  const labels = trigger.issue.labels;
  if (!labels.includes(inputs.label) && !labels.includes(inputs.unlinkLabel))
    return `issue #${trigger.issue.number} does not have the label "${inputs.label}" or "${inputs.unlinkLabel}"`;
  if (!parseCommand(trigger.commentBody)) return "the comment is not a /cluster-link command";
  return undefined;
}

/**
 * Why the requester may not ask for a link, or undefined when every requester may. A scheduled
 * run has no requester: the workflow file itself is what maintainers approved.
 */
export async function deniedRequester(
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
        `${mention(login)} has ${permission === "none" ? "no" : `\`${permission}\``} permission on ` +
        `this repository; linking a cluster needs one of: ${inputs.allowedPermissions.join(", ")}. ` +
        (issue && login === issue.author
          ? "Nothing was done. The request must come from someone with that permission: ask them to open it."
          : "Nothing was done. An edit by someone with that permission (or the author) runs the request again.")
      );
    }
  }
  return undefined;
}
