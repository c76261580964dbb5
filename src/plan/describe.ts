// Titles and Markdown bodies of the steps: what a reviewer needs to accept the change without
// opening the guide. Every value shown comes from a validated request, the repository or AWS, and
// is still written inside code spans so that Markdown cannot reinterpret it.

import type { ClusterFacts } from "../facts/types.js";
import type { LinkRequest } from "../request/types.js";
import type { LinkNames } from "../link/names.js";
import { accessText } from "../link/describe.js";
import type { Step } from "./types.js";
import { code } from "../core/markdown.js";

/** `summary` is the step kind's own part of the title. */
export function stepTitle(names: LinkNames, step: Step, summary: string): string {
  return `argocd-cluster-link ${names.id} ${step.number}/${step.total} (${step.account}): ${summary}`;
}

/**
 * The Markdown body; `why` comes from the step kind. `previous` is the step before this one when it is part of the same plan;
 * `previousId` names it even when it is already merged.
 */
export function stepBody(
  names: LinkNames,
  req: LinkRequest,
  facts: ClusterFacts,
  step: Step,
  why: string[],
  previous: Step | undefined,
  previousId: string | undefined,
): string {
  const order =
    step.number === 1
      ? ": apply it first."
      : previous
        ? `. Apply after step ${step.number - 1}: ${code(previous.title)}.`
        : `. Step ${step.number - 1} (${code(previousId ?? "")}) is already merged: make sure it is applied first.`;
  const lines = [
    `**Link** ${code(names.id)}: ArgoCD ${code(names.release)} in ${code(req.sourceAccount)} → ${code(facts.arn)} ` +
      `(${code(req.method)}, ${accessText(req)}).`,
    "",
    `**Step ${step.number} of ${step.total}** in account ${code(step.account)}${order}`,
    "",
    "### Why",
    ...why.map((line) => `- ${line}`),
    "",
    "### Files",
    ...step.files.map((f) => `- ${f.action === "create" ? "new" : "edited"}: ${code(f.path)}`),
    "",
    "### Apply, once merged",
    "```sh",
    ...step.apply,
    "```",
  ];
  return lines.join("\n") + "\n";
}
