// Scheduled (or `command: rotate`) runs: one pull request per target layer with bearer-token links
// that are due (see plan/rotate.ts), and a report of every bearer-token link's state.

import { InvalidInputError, LayoutError } from "../core/errors.js";
import type { GitHub } from "../github/client.js";
import {
  markedStep,
  publishSteps,
  type ClosedPull,
  type PublishedStep,
  type PublishResult,
} from "../github/publisher.js";
import { fullName, pullRef, type RepoRef } from "../github/repositories.js";
import { upsertMarkedIssue } from "../github/issues.js";
import { closePull, fromRepository, listOpenPulls, type OpenPull } from "../github/pulls.js";
import type { Destination } from "../github/publisher.js";
import { stepBranch } from "../plan/names.js";
import {
  planRotations,
  recordedDateIn,
  type BearerLink,
  type RotationOptions,
  type RotationPlan,
} from "../plan/rotate.js";
import { ROTATE_TOKEN_ID } from "../steps/rotate-token.js";
import type { RunContext } from "./event.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIo } from "./io.js";
import { failureHeadline, leftAlone, partialHeadline } from "./outcome.js";
import { rotationsSection, type RotationRow, type RunReport, type RunStatus } from "./report.js";
import { publishRefused, RepositoryAccessError } from "./repository-access.js";
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
    const options: RotationOptions = {
      now: (io.now ?? (() => new Date()))(),
      rotateAfterDays: inputs.rotateAfterDays,
      force: inputs.force,
      links: inputs.rotateLinks,
      maxLinksPerPullRequest: inputs.maxLinksPerPullRequest,
    };
    let rotation = await planRotations(sources.reader, options);
    const openPulls = openPullsReader(github);
    // An open rotation pull request keeps the date it records, so a rerun changes nothing.
    const recorded = await recordedDates(openPulls, rotation, sources.destinationFor);
    if (recorded.size > 0) {
      rotation = await planRotations(sources.reader, { ...options, recordedDate: (id) => recorded.get(id) });
    }
    if (rotation.links.length === 0) {
      return {
        status: "up-to-date",
        headline: "No bearer-token link in this repository: no token to rotate.",
        rotations: [],
        runUrl,
      };
    }
    const { batches } = rotation;
    const steps = batches.map((b, i) => ({ ...b.step, number: i + 1, total: batches.length }));
    const published: PublishResult = { steps: [], closed: [] };
    for (const batch of batches) {
      // Each batch is its own one-step change; the numbering above is only for the report.
      const result = await publishSteps(github, {
        linkId: batch.batchId,
        requester: "rotation",
        steps: [batch.step],
        origin: () => "Opened by the token rotation.",
        upToDate: [],
        destinationFor: sources.destinationFor,
        home: fullName(here),
        label: inputs.label,
        // Link pull requests are link runs' to close; replaced per-link rotations are closed below.
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
    const refused = publishRefused(published, steps, sources);
    if (refused) {
      return {
        status: "blocked",
        headline: refused.headline,
        plan: { linkId: "rotation", steps, upToDate: [], notes: [] },
        published,
        rotations: rotationRows(rotation, published),
        detail: refused.message,
        runUrl,
      };
    }
    if (!inputs.dryRun && !published.error) {
      const replaced = await closeReplacedRotations(github, rotation, published, {
        openPulls,
        destinationFor: sources.destinationFor,
        home: fullName(here),
        log: io.info,
      });
      published.closed.push(...replaced);
    }
    const rotations = rotationRows(rotation, published);
    let tracking: { number: number } | undefined;
    if (!inputs.dryRun && !published.error) {
      tracking = await upsertMarkedIssue(github, here, {
        marker: TRACKING_MARKER,
        label: inputs.trackingLabel,
        title: "argocd-cluster-link: bearer token rotation",
        body: trackingBody(rotations, inputs.rotateAfterDays),
      });
    }
    const cannot = rotations.filter((r) => r.state === "cannot-rotate").length;
    const status: RunStatus = published.error
      ? "failed"
      : inputs.dryRun
        ? "dry-run"
        : batches.length === 0
          ? cannot > 0
            ? "partial"
            : "up-to-date"
          : leftAlone(published) || cannot > 0
            ? "partial"
            : "published";
    const cannotText =
      (cannot > 0 ? ` ${cannot} link(s) cannot be rotated: see why below.` : "") +
      (tracking ? ` Every link's state is also kept in issue #${tracking.number}.` : "");
    const headline =
      status === "failed"
        ? failureHeadline(
            published.error,
            "Rotation stopped at a GitHub error; run the workflow again to finish: nothing is duplicated.",
          )
        : batches.length === 0
          ? `No token is due (rotate-after-days: ${inputs.rotateAfterDays}).${cannotText}`
          : `${leftAlone(published) ? `${partialHeadline(published, "run the workflow again")} ` : ""}` +
            "Merge each rotation, apply its target layer, then its ArgoCD layers; apply those before the next rotation." +
            cannotText;
    return {
      status,
      headline,
      ...(batches.length ? { plan: { linkId: "rotation", steps, upToDate: [], notes: [] }, published } : {}),
      rotations,
      ...(published.error ? { detail: published.error.message } : {}),
      runUrl,
    };
  } catch (error) {
    if (error instanceof LayoutError || error instanceof InvalidInputError) {
      return {
        status: "blocked",
        headline:
          error instanceof RepositoryAccessError
            ? error.headline
            : "The token rotation cannot run on this repository.",
        detail: error.message,
        runUrl,
      };
    }
    throw error;
  }
}

/** The published step of each batch, by batch id (publishing stops at the first error). */
function publishedByBatch(plan: RotationPlan, published: PublishResult): Map<string, PublishedStep> {
  const pubByBatch = new Map<string, PublishedStep>();
  plan.batches.forEach((batch, index) => {
    const pub = published.steps[index];
    if (pub) pubByBatch.set(batch.batchId, pub);
  });
  return pubByBatch;
}

/** Where each link's rotation stands after publishing. */
function rotationRows(plan: RotationPlan, published: PublishResult): RotationRow[] {
  const pubByBatch = publishedByBatch(plan, published);
  return plan.links.map((link: BearerLink) => {
    const pub = link.batchId ? pubByBatch.get(link.batchId) : undefined;
    const state: RotationRow["state"] =
      link.state !== "due"
        ? link.state
        : !pub?.pull
          ? "due"
          : pub.outcome === "unchanged"
            ? "waiting"
            : "rotation-open";
    return {
      link: link.linkId,
      state,
      "age-days": link.ageDays ?? null,
      "pull-request": pub?.pull ? { repository: pub.repository, ...pub.pull } : null,
      ...(link.reason ? { reason: link.reason } : pub?.detail ? { reason: pub.detail } : {}),
    };
  });
}

type OpenPulls = (dest: Destination) => Promise<OpenPull[]>;

/** The open pull requests into each repository and base, listed once per run. */
function openPullsReader(github: GitHub): OpenPulls {
  const lists = new Map<string, Promise<OpenPull[]>>();
  return (dest) => {
    const key = `${dest.owner}/${dest.repo}\0${dest.base}`;
    let list = lists.get(key);
    if (!list) {
      list = listOpenPulls(github, { owner: dest.owner, repo: dest.repo }, dest.base);
      lists.set(key, list);
    }
    return list;
  };
}

/**
 * Versions before batched rotations opened one pull request per link, from
 * `argocd-cluster-link/<link>/rotate-token`. Such a pull request of a link whose batch now has one is
 * closed with a comment naming it: merging both would rotate the link twice. (Listed before
 * publishing: the batches' own pull requests are not among them.)
 */
async function closeReplacedRotations(
  github: GitHub,
  plan: RotationPlan,
  published: PublishResult,
  where: {
    openPulls: OpenPulls;
    destinationFor: (account: string) => Destination;
    home: string;
    log: (line: string) => void;
  },
): Promise<ClosedPull[]> {
  const closed: ClosedPull[] = [];
  const pubByBatch = publishedByBatch(plan, published);
  for (const link of plan.links) {
    const batch = link.batchId ? pubByBatch.get(link.batchId) : undefined;
    if (!batch?.pull) continue;
    const dest = where.destinationFor(link.account);
    const ref = { owner: dest.owner, repo: dest.repo };
    const repository = fullName(ref);
    const branch = stepBranch(link.linkId, ROTATE_TOKEN_ID);
    for (const pull of await where.openPulls(dest)) {
      if (pull.head.ref !== branch || !fromRepository(pull, ref)) continue;
      if (!markedStep(pull.body, link.linkId, ROTATE_TOKEN_ID)) continue;
      const replacement = (from: string) => pullRef(batch.repository, batch.pull!.number, from);
      await closePull(
        github,
        ref,
        pull.number,
        `Closed by argocd-cluster-link: the token rotation now rotates the due links of a target layer in ` +
          `one pull request, and ${replacement(repository)} rotates ${link.linkId}'s token instead of this one.`,
      );
      const reason = `a rotation of ${link.linkId} from an earlier version, replaced by ${replacement(where.home)}`;
      closed.push({ repository, number: pull.number, url: pull.html_url, reason });
      where.log(`${"closed".padEnd(12)} ${repository}#${pull.number}: ${reason}`);
    }
  }
  return closed;
}

/** The dates that open rotation pull requests of the planned batches record, by batch id. */
async function recordedDates(
  openPulls: OpenPulls,
  plan: RotationPlan,
  destinationFor: (account: string) => Destination,
): Promise<Map<string, Date>> {
  const dates = new Map<string, Date>();
  const byDestination = new Map<string, { dest: Destination; branches: Map<string, string> }>();
  for (const batch of plan.batches) {
    const dest = destinationFor(batch.account);
    const key = `${dest.owner}/${dest.repo}\0${dest.base}`;
    const entry = byDestination.get(key) ?? { dest, branches: new Map<string, string>() };
    entry.branches.set(stepBranch(batch.batchId, ROTATE_TOKEN_ID), batch.batchId);
    byDestination.set(key, entry);
  }
  for (const { dest, branches } of byDestination.values()) {
    for (const pull of await openPulls(dest)) {
      const batchId = branches.get(pull.head.ref);
      const date = batchId && recordedDateIn(pull.body);
      if (batchId && date) dates.set(batchId, date);
    }
  }
  return dates;
}

/** Finds the tracking issue again among the open issues with the tracking label. */
export const TRACKING_MARKER = "<!-- argocd-cluster-link:rotation-tracking -->";

/**
 * The tracking issue's body: every bearer-token link and its state. A pull request just opened and
 * one already open read the same ("rotation open"), so a rerun leaves the issue as it is.
 */
function trackingBody(rows: RotationRow[], rotateAfterDays: number): string {
  const shown = rows.map((r) => (r.state === "waiting" ? { ...r, state: "rotation-open" as const } : r));
  return [
    TRACKING_MARKER,
    `Kept up to date by argocd-cluster-link's token rotation: a link is due once its token is ${rotateAfterDays} days old.`,
    "Merge each rotation pull request, apply its target layer, then its ArgoCD layers, before the next rotation.",
    "",
    ...rotationsSection(shown),
    "",
  ].join("\n");
}
