// Scheduled (or `command: rotate`) runs: one pull request per bearer-token link that replaces its token.

import { InvalidInputError, LayoutError } from "../core/errors.js";
import type { GitHub } from "../github/client.js";
import { publishSteps, type PublishResult } from "../github/publisher.js";
import { fullName, type RepoRef } from "../github/repositories.js";
import { planRotations } from "../plan/rotate.js";
import type { RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { failureHeadline, leftAlone, partialHeadline } from "./outcome.js";
import type { RunReport, RunStatus } from "./report.js";
import { openRepositories } from "./sources.js";

export async function rotateTokens(
  inputs: ActionInputs,
  ctx: RunContext,
  here: RepoRef,
  github: GitHub,
  io: ActionIo,
  runUrl: string,
): Promise<RunReport> {
  try {
    const sources = await openRepositories(github, here, ctx.defaultBranch, inputs.configPath);
    const rotations = await planRotations(sources.reader);
    if (rotations.length === 0) {
      return {
        status: "up-to-date",
        headline: "No bearer-token link in this repository: no token to rotate.",
        runUrl,
      };
    }
    const steps = rotations.map((r, i) => ({ ...r.step, number: i + 1, total: rotations.length }));
    const published: PublishResult = { steps: [], closed: [] };
    for (const rotation of rotations) {
      // Each rotation is its own one-step change; the numbering above is only for the report.
      const result = await publishSteps(github, {
        linkId: rotation.linkId,
        requester: "rotation",
        steps: [rotation.step],
        origin: () => "Opened by the token rotation.",
        upToDate: [],
        destinationFor: sources.destinationFor,
        home: fullName(here),
        label: inputs.label,
        // A rotation never closes pull requests: link runs do.
        closeStaleIn: [],
        dryRun: inputs.dryRun,
        log: io.info,
      });
      published.steps.push(...result.steps);
      if (result.error) {
        published.error = result.error;
        break;
      }
    }
    const status: RunStatus = published.error
      ? "failed"
      : inputs.dryRun
        ? "dry-run"
        : leftAlone(published)
          ? "partial"
          : "published";
    return {
      status,
      headline:
        status === "failed"
          ? failureHeadline(
              published.error,
              "Rotation stopped at a GitHub error; run the workflow again to finish: nothing is duplicated.",
            )
          : `${status === "partial" ? `${partialHeadline(published, "run the workflow again")} ` : ""}` +
            "Merge each rotation, then apply its target layer and, right after, its ArgoCD layer.",
      plan: { linkId: "rotation", steps, upToDate: [], notes: [] },
      published,
      ...(published.error ? { detail: published.error.message } : {}),
      runUrl,
    };
  } catch (error) {
    if (error instanceof LayoutError || error instanceof InvalidInputError) {
      return {
        status: "blocked",
        headline: "The token rotation cannot run on this repository.",
        detail: error.message,
        runUrl,
      };
    }
    throw error;
  }
}
