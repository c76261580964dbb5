// Publishes the steps of a plan: one branch and one pull request per step, in apply order. A new
// branch is a ref at the base commit and one GraphQL `createCommitOnBranch` commit on it; an update
// is made with the Git Data API (tree with base_tree and inline content, commit, ref update), which
// can make merge commits. Both are signed when a bot token makes them. Everything is idempotent: a commit records a digest of its
// step, a rerun with the same plan makes no commit, and a branch whose head is not ours (a human
// pushed to it, or argocd-cluster-link published it for another request that uses the same
// argocd-cluster-name) is reported and left alone.
//
// The plan's file contents are computed from the current base branch, so every commit's tree is the
// current base tree plus the step's files. An update whose branch does not contain the current base
// yet is a merge commit (parents: the branch head, then the base), which keeps the ref update a fast
// forward and the pull request free of conflicts with changes merged into the base meanwhile.

import { createHash } from "node:crypto";
import { code } from "../core/markdown.js";
import { stepBranch } from "../plan/names.js";
import type { Step } from "../plan/types.js";
import { LINK_STEP_IDS } from "../steps/registry.js";
import type { GitHub } from "./client.js";
import {
  commitFiles,
  commitOnBranch,
  createBranch,
  fastForward,
  listBranches,
  readCommit,
  type CommitInfo,
} from "./branches.js";
import { addLabels } from "./labels.js";
import {
  closePull,
  editPull,
  fromRepository,
  lastClosedPull,
  listOpenPulls,
  openPull,
  type OpenPull,
} from "./pulls.js";
import { pullRef } from "./repositories.js";

export interface Destination {
  owner: string;
  repo: string;
  /** Base branch the pull requests target. */
  base: string;
  /** Commit of the base branch the plan was made from. */
  baseSha: string;
  /** Tree of that commit. */
  baseTree: string;
}

export type StepOutcome = "created" | "updated" | "unchanged" | "human-commit" | "other-request" | "dry-run";

export interface PublishedStep {
  step: string;
  number: number;
  title: string;
  repository: string;
  branch: string;
  /** The branch the pull request targets. */
  base: string;
  outcome: StepOutcome;
  pull?: { number: number; url: string };
  detail?: string;
}

export interface PublishRequest {
  linkId: string;
  /**
   * Who asked for these steps: `<owner>/<repo>#<issue number>` for an issue, `dispatch:<login>`
   * for workflow_dispatch (`dispatchRequester`), `rotation` for the token rotation. Recorded in each commit (trailer) and pull
   * request body (marker): a branch published for another requester is left alone, and only pull
   * requests of this requester are closed as stale.
   */
  requester: string;
  steps: Step[];
  /** Steps already merged into the base branch: their pull requests, if still open, are closed. */
  upToDate: string[];
  destinationFor: (account: string) => Destination;
  /**
   * `owner/repo` of the issue (or run) that reports the result: pull requests in any other
   * repository are named `owner/repo#N` in details.
   */
  home: string;
  label: string;
  /** The pull request bodies' last line for a PR in `repository`: where the change was asked for. */
  origin: (repository: string) => string;
  /**
   * Where to close this link's open pull requests whose step the plan no longer has: every
   * repository (and base) the config file maps, also those left without a step. Empty for rotations.
   */
  closeStaleIn: Destination[];
  /**
   * Every step id this kind of plan can have: only those pull requests are closed as stale, never
   * the other kind's or a token rotation's. Default LINK_STEP_IDS; an unlink gives UNLINK_STEP_IDS.
   */
  stepIds?: readonly string[];
  dryRun: boolean;
  log: (line: string) => void;
  /** The link's branches and pull requests if already read this run (see LinkBranches). */
  branches?: LinkBranches;
}

export interface ClosedPull {
  /** `owner/repo` of the pull request. */
  repository: string;
  number: number;
  url: string;
  reason: string;
}

export interface PublishResult {
  steps: PublishedStep[];
  closed: ClosedPull[];
  /** Set when publishing stopped early; the steps before it are done and a rerun continues. */
  error?: Error;
}

const TRAILER = "Argocd-Cluster-Link";
const DIGEST_TRAILER = "Argocd-Cluster-Link-Digest";
const REQUEST_TRAILER = "Argocd-Cluster-Link-Request";
/** The base branch commit the commit's tree was made from (and that the commit contains). */
const BASE_TRAILER = "Argocd-Cluster-Link-Base";

/** A digest of what a step writes; equal digests mean the branch already holds this step. */
export function stepDigest(step: Step): string {
  const hash = createHash("sha256");
  hash.update(step.id);
  for (const file of [...step.files].sort((a, b) => a.path.localeCompare(b.path))) {
    // A deletion hashes differently from an empty file; other digests are unchanged.
    if (file.action === "delete") hash.update(`\0${file.path}\0delete`);
    else hash.update(`\0${file.path}\0${file.content.length}\0${file.content}`);
  }
  return hash.digest("hex");
}

export function commitMessage(linkId: string, step: Step, requester: string, baseSha: string): string {
  return (
    `${step.title}\n\n${step.body}\n${TRAILER}: ${linkId}/${step.id}\n${REQUEST_TRAILER}: ${requester}\n` +
    `${BASE_TRAILER}: ${baseSha}\n${DIGEST_TRAILER}: ${stepDigest(step)}\n`
  );
}

function trailers(message: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of message.split("\n")) {
    const match = /^([A-Za-z-]+): (\S+)$/.exec(line.trim());
    if (match) out.set(match[1]!, match[2]!);
  }
  return out;
}

/** The step and requester a commit message's trailers name, when it is argocd-cluster-link's commit. */
export function stepTrailers(message: string): { step: string; requester?: string } | undefined {
  const marks = trailers(message);
  const step = marks.get(TRAILER);
  if (!step) return undefined;
  const requester = marks.get(REQUEST_TRAILER);
  return { step, ...(requester ? { requester } : {}) };
}

/**
 * A second marker in the pull request body: the branch head this run left (its commit of the step)
 * and the step's digest. When the branch still points there, a rerun knows the head is its own
 * commit of this step without reading the commit: a no-op rerun costs no call per step.
 */
const HEAD_MARKER = "Argocd-Cluster-Link-Head";

function markedHead(body: string | null): { sha: string; digest: string } | undefined {
  const m = new RegExp(`<!-- ${HEAD_MARKER}: ([0-9a-f]{40}) digest=([0-9a-f]{64}) -->`).exec(body ?? "");
  return m ? { sha: m[1]!, digest: m[2]! } : undefined;
}

/** The requester in a pull request body's marker; undefined for bodies from before requesters. */
function markerRequester(body: string | null): string | undefined {
  return new RegExp(`<!-- ${TRAILER}: \\S+ request=(\\S+) -->`).exec(body ?? "")?.[1];
}

/** Whether a pull request body carries the marker of `linkId`'s step `stepId` (any requester, or none recorded). */
export function markedStep(body: string | null, linkId: string, stepId: string): boolean {
  return new RegExp(`<!-- ${TRAILER}: ${linkId}/${stepId}(?: request=\\S+)? -->`).test(body ?? "");
}

/** What versions before 1.x recorded for every workflow_dispatch run, whoever started it. */
const LEGACY_DISPATCH = "dispatch";
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * The requester of a workflow_dispatch run: the person who started it, so that a manual run by
 * someone else with the same argocd-cluster-name is another request and leaves these branches alone.
 * A login GitHub would not issue (or none) is recorded as `dispatch:unknown`.
 */
export function dispatchRequester(actor: string): string {
  return `${LEGACY_DISPATCH}:${LOGIN.test(actor) ? actor : "unknown"}`;
}

/** A requester recorded by another run, for a report: issue references stay links, anything else is code. */
function describeRequester(value: string): string {
  if (value === LEGACY_DISPATCH) return "a workflow_dispatch run";
  if (value.startsWith(`${LEGACY_DISPATCH}:`))
    return `a workflow_dispatch run by ${code(value.slice(LEGACY_DISPATCH.length + 1))}`;
  if (value === "rotation") return "the token rotation";
  return /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+#\d+$/.test(value)
    ? `the request ${value}`
    : `the request ${code(value)}`;
}

/** What to do with a step's pull request: open one, edit its title or body, or nothing. */
export type PullAction = "open" | "edit" | "keep";

/** Everything the decision about one step looks at: plain data read from GitHub beforehand. */
export interface StepSituation {
  linkId: string;
  stepId: string;
  requester: string;
  /** `stepDigest` of what the step writes now. */
  digest: string;
  /** The base branch commit the plan was made from. */
  baseSha: string;
  /** The last commit of the step's branch, when the branch exists. */
  head?: CommitInfo;
  /** The open pull request from the step's branch, when there is one. */
  pull?: { title: string; body: string | null };
  /** The pull request title and body this run wants. */
  title: string;
  body: string;
}

export type StepDecision =
  /** The branch's last commit is not argocd-cluster-link's for this step: leave it alone. */
  | { outcome: "human-commit"; head: string }
  /** argocd-cluster-link published the branch for another requester: leave it alone. */
  | { outcome: "other-request"; owner: string }
  /** Commit the step with these parents (a new branch, or an update of ours). */
  | { outcome: "created" | "updated"; parents: string[]; pull: PullAction }
  /** The branch already holds exactly this step: no commit. */
  | { outcome: "unchanged"; pull: PullAction };

/** The publisher's decision for one step, from its branch's last commit and trailers and its open pull request. */
export function decideStep(s: StepSituation): StepDecision {
  const pull: PullAction = !s.pull
    ? "open"
    : s.pull.title !== s.title || (s.pull.body ?? "") !== s.body
      ? "edit"
      : "keep";
  // A branch still at the base commit holds nothing of anyone's: a run that created the ref and
  // stopped before committing on it.
  if (!s.head || s.head.sha === s.baseSha) return { outcome: "created", parents: [s.baseSha], pull };
  const marks = trailers(s.head.message);
  if (marks.get(TRAILER) !== `${s.linkId}/${s.stepId}`) return { outcome: "human-commit", head: s.head.sha };
  // Commits from before requesters were recorded count as this requester's; so do those from
  // before dispatch runs recorded their actor, for any dispatch run (who made them is unknown).
  const owner = marks.get(REQUEST_TRAILER);
  if (owner !== undefined && owner !== s.requester && !sameLegacyDispatch(owner, s.requester))
    return { outcome: "other-request", owner };
  if (marks.get(DIGEST_TRAILER) === s.digest) return { outcome: "unchanged", pull };
  // The tree is the current base plus the step's files; merge the base in unless the head has it.
  const hasBase = marks.get(BASE_TRAILER) === s.baseSha || s.head.parents.includes(s.baseSha);
  return { outcome: "updated", parents: hasBase ? [s.head.sha] : [s.head.sha, s.baseSha], pull };
}

function sameLegacyDispatch(recorded: string, requester: string): boolean {
  return recorded === LEGACY_DISPATCH && requester.startsWith(`${LEGACY_DISPATCH}:`);
}

/** What the closing pass looks at for one open pull request. */
export interface StaleSituation {
  /** The pull request's head branch and body. */
  headRef: string;
  body: string | null;
  /** Branch prefix of the link, `argocd-cluster-link/<name>/`. */
  prefix: string;
  requester: string;
  /** Steps the plan publishes. */
  planned: readonly string[];
  /** Steps already in the base branch. */
  upToDate: readonly string[];
  /** Every step id of the run's kind (link or unlink steps). */
  stepIds: readonly string[];
}

export type StaleDecision =
  | { action: "keep"; because: "other-link" | "planned" | "other-kind" | "other-requester" }
  | { action: "close"; reason: string };

/** Whether an open pull request is this link's and its step no longer needed, and why. */
export function decideOpenPull(s: StaleSituation): StaleDecision {
  if (!s.headRef.startsWith(s.prefix)) return { action: "keep", because: "other-link" };
  const stepId = s.headRef.slice(s.prefix.length);
  if (s.planned.includes(stepId)) return { action: "keep", because: "planned" };
  // Only steps of the run's kind: a token rotation's pull request lives on its own schedule.
  if (!s.stepIds.includes(stepId)) return { action: "keep", because: "other-kind" };
  // Only this requester's: another request with the same argocd-cluster-name is not ours to close.
  if (markerRequester(s.body) !== s.requester) return { action: "keep", because: "other-requester" };
  return {
    action: "close",
    reason: s.upToDate.includes(stepId)
      ? "its change is already in the base branch"
      : `the ${s.stepIds.some((id) => id.startsWith("unlink-")) ? "unlink" : "link"} request no longer needs this step`,
  };
}

export function pullBody(
  req: PublishRequest,
  step: Step,
  previous: PublishedStep | undefined,
  repository: string,
  /** The branch head after this run and the step's digest, recorded for the next run. */
  head?: { sha: string; digest: string },
) {
  const after = previous?.pull
    ? `Merge and apply after ${pullRef(previous.repository, previous.pull.number, repository)} (step ${previous.number}).`
    : previous
      ? `Step ${previous.number} has no pull request of this request (see the request's status): it must be merged and applied first.`
      : step.number === 1
        ? "This is the first step: apply it first."
        : `Step ${step.number - 1} is already merged: make sure it is applied first.`;
  const headMarker = head ? `<!-- ${HEAD_MARKER}: ${head.sha} digest=${head.digest} -->\n` : "";
  return `${step.body}\n---\n${after}\n${req.origin(repository)}\n\n<!-- ${TRAILER}: ${req.linkId}/${step.id} request=${req.requester} -->\n${headMarker}`;
}

/** The link's branches and open pull requests in one repository and base, read once per run. */
interface RepoState {
  refs: Map<string, string>;
  pulls: OpenPull[];
}

/**
 * A link's branches and open pull requests in each repository (and base), read once per run and
 * shared: the check for an open link or unlink of the same name and the publisher use the same reads.
 */
export class LinkBranches {
  private readonly states = new Map<string, Promise<RepoState>>();
  private readonly prefix: string;

  constructor(
    private readonly github: GitHub,
    readonly linkId: string,
  ) {
    this.prefix = stepBranch(linkId, "");
  }

  stateOf(dest: Destination): Promise<RepoState> {
    const key = `${dest.owner}/${dest.repo}@${dest.base}`;
    let state = this.states.get(key);
    if (!state) {
      state = loadState(this.github, dest, this.prefix);
      this.states.set(key, state);
    }
    return state;
  }

  /** Open pull requests of the link whose step id `matches`, as `owner/repo#N` seen from `home`. */
  async openPulls(
    destinations: Destination[],
    matches: (step: string) => boolean,
    home: string,
  ): Promise<string[]> {
    const found: string[] = [];
    for (const dest of destinations) {
      for (const pull of (await this.stateOf(dest)).pulls) {
        if (matches(pull.head.ref.slice(this.prefix.length)))
          found.push(pullRef(`${dest.owner}/${dest.repo}`, pull.number, home));
      }
    }
    return found;
  }
}

export async function publishSteps(github: GitHub, req: PublishRequest): Promise<PublishResult> {
  const result: PublishResult = { steps: [], closed: [] };
  const branches = req.branches ?? new LinkBranches(github, req.linkId);
  if (branches.linkId !== req.linkId)
    throw new Error(`branches of ${branches.linkId} given to publish ${req.linkId}`);
  const stateOf = (dest: Destination) => branches.stateOf(dest);
  const prefix = stepBranch(req.linkId, "");

  try {
    for (const step of req.steps) {
      const dest = req.destinationFor(step.account);
      const published = await publishStep(github, req, step, dest, await stateOf(dest), result.steps.at(-1));
      result.steps.push(published);
      req.log(
        `${published.outcome.padEnd(12)} ${published.repository} ${published.branch}${published.pull ? ` #${published.pull.number}` : ""}`,
      );
    }
    // Pull requests of this link whose step is merged already or no longer part of the plan, in
    // every repository: also one where no step is left.
    const planned = req.steps.map((s) => s.id);
    for (const dest of req.closeStaleIn) {
      const ref = { owner: dest.owner, repo: dest.repo };
      const repository = `${dest.owner}/${dest.repo}`;
      for (const pull of (await stateOf(dest)).pulls) {
        const decision = decideOpenPull({
          headRef: pull.head.ref,
          body: pull.body,
          prefix,
          requester: req.requester,
          planned,
          upToDate: req.upToDate,
          stepIds: req.stepIds ?? LINK_STEP_IDS,
        });
        if (decision.action !== "close") continue;
        if (!req.dryRun) {
          await closePull(github, ref, pull.number, `Closed by argocd-cluster-link: ${decision.reason}.`);
        }
        result.closed.push({ repository, number: pull.number, url: pull.html_url, reason: decision.reason });
        req.log(`${"closed".padEnd(12)} ${repository}#${pull.number}: ${decision.reason}`);
      }
    }
  } catch (error) {
    result.error = error as Error;
  }
  return result;
}

async function loadState(github: GitHub, dest: Destination, prefix: string): Promise<RepoState> {
  const ref = { owner: dest.owner, repo: dest.repo };
  const refs = await listBranches(github, ref, prefix);
  // Without a branch of this link there can be no pull request of it either.
  const pulls = refs.size === 0 ? [] : await listOpenPulls(github, ref, dest.base);
  // Only pull requests from the repository's own branches: a fork's branch named like a step's is
  // not ours to edit, label, report or close.
  return { refs, pulls: pulls.filter((p) => p.head.ref.startsWith(prefix) && fromRepository(p, ref)) };
}

async function publishStep(
  github: GitHub,
  req: PublishRequest,
  step: Step,
  dest: Destination,
  state: RepoState,
  previous: PublishedStep | undefined,
): Promise<PublishedStep> {
  const ref = { owner: dest.owner, repo: dest.repo };
  const repository = `${dest.owner}/${dest.repo}`;
  const branch = stepBranch(req.linkId, step.id);
  const base: PublishedStep = {
    step: step.id,
    number: step.number,
    title: step.title,
    repository,
    branch,
    base: dest.base,
    outcome: "created",
  };
  const head = state.refs.get(branch);
  const existing = state.pulls.find((p) => p.head.ref === branch);
  const existingRef = existing && { number: existing.number, url: existing.html_url };
  const digest = stepDigest(step);
  const bodyAt = (sha: string | undefined) =>
    pullBody(req, step, previous, repository, sha ? { sha, digest } : undefined);
  // The open pull request (this requester's) records that the branch head is this run's commit of
  // this very step: the commit need not be read, there is nothing to commit.
  const recorded = existing && markedHead(existing.body);
  const headIsThisStep =
    head !== undefined &&
    recorded?.sha === head &&
    recorded.digest === digest &&
    markerRequester(existing!.body) === req.requester;
  const decision: StepDecision =
    headIsThisStep && existing
      ? {
          outcome: "unchanged",
          pull: existing.title !== step.title || (existing.body ?? "") !== bodyAt(head) ? "edit" : "keep",
        }
      : decideStep({
          linkId: req.linkId,
          stepId: step.id,
          requester: req.requester,
          digest,
          baseSha: dest.baseSha,
          ...(head ? { head: await readCommit(github, ref, head) } : {}),
          ...(existing ? { pull: existing } : {}),
          title: step.title,
          body: bodyAt(head),
        });

  if (decision.outcome === "human-commit") {
    return {
      ...base,
      outcome: "human-commit",
      detail: `the branch's last commit ${decision.head.slice(0, 12)} was not made by argocd-cluster-link; this step is left as it is`,
      pull: existingRef,
    };
  }
  if (decision.outcome === "other-request") {
    return {
      ...base,
      outcome: "other-request",
      detail:
        `argocd-cluster-link published this branch for ${describeRequester(decision.owner)}` +
        `${existing ? ` (pull request ${pullRef(repository, existing.number, req.home)})` : ""}, which uses the same argocd-cluster-name ` +
        `"${req.linkId}"; this step is left as it is: choose another argocd-cluster-name for this request`,
    };
  }
  if (req.dryRun) {
    return {
      ...base,
      outcome: "dry-run",
      detail: decision.outcome === "unchanged" ? "no change" : `would be ${decision.outcome}`,
      pull: existingRef,
    };
  }

  let newHead = head;
  if (decision.outcome !== "unchanged") {
    const message = commitMessage(req.linkId, step, req.requester, dest.baseSha);
    let sha: string;
    if (decision.outcome === "created") {
      // A new branch: the ref at the base commit, then one commit on it (4 writes per new step
      // with the pull request and its label). A branch left at the base commit by a run that
      // stopped in between is reused.
      if (!head) await createBranch(github, ref, branch, dest.baseSha);
      sha = await commitOnBranch(github, ref, {
        branch,
        expectedHead: dest.baseSha,
        files: step.files,
        message,
      });
    } else {
      // An update may need a merge commit (the base moved): the Git Data API makes those.
      sha = await commitFiles(github, ref, {
        baseTree: dest.baseTree,
        files: step.files,
        message,
        parents: decision.parents,
      });
      await fastForward(github, ref, branch, sha);
    }
    state.refs.set(branch, sha);
    newHead = sha;
  }
  const body = bodyAt(newHead);

  let pull: OpenPull;
  let detail: string | undefined;
  if (!existing) {
    if (head) {
      // The branch is older than this run but has no open pull request: a reviewer closed it, or an
      // earlier run stopped before opening it. Say which (a call on this path only).
      const last = await lastClosedPull(github, ref, branch, dest.base);
      if (last && !last.merged) {
        detail = `reopened as a new pull request (the previous one, ${pullRef(repository, last.number, req.home)}, was closed)`;
      }
    }
    pull = await openPull(github, ref, { base: dest.base, branch, title: step.title, body });
    state.pulls.push(pull);
  } else {
    pull = existing;
    // A new commit changes the recorded head, so its body changes too.
    if (pull.title !== step.title || (pull.body ?? "") !== body) {
      await editPull(github, ref, pull.number, { title: step.title, body });
    }
  }
  // Also on reruns: the label call may have failed after the pull request was opened.
  const label = req.label.toLowerCase();
  if (!(pull.labels ?? []).some((l) => l.name?.toLowerCase() === label)) {
    await addLabels(github, ref, pull.number, [req.label]);
    pull.labels = [...(pull.labels ?? []), { name: req.label }];
  }
  return {
    ...base,
    outcome: decision.outcome,
    pull: { number: pull.number, url: pull.html_url },
    ...(detail ? { detail } : {}),
  };
}
