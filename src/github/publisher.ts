// Publishes the steps of a plan: one branch and one pull request per step, in apply order. Commits
// are made with the Git Data API (tree with base_tree and inline content, commit, ref), so they are
// signed when a bot token makes them. Everything is idempotent: a commit records a digest of its
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
  outcome: StepOutcome;
  pull?: { number: number; url: string };
  detail?: string;
}

export interface PublishRequest {
  linkId: string;
  /**
   * Who asked for these steps: `<owner>/<repo>#<issue number>` for an issue, `dispatch` for
   * workflow_dispatch, `rotation` for the token rotation. Recorded in each commit (trailer) and pull
   * request body (marker): a branch published for another requester is left alone, and only pull
   * requests of this requester are closed as stale.
   */
  requester: string;
  steps: Step[];
  /** Steps already merged into the base branch: their pull requests, if still open, are closed. */
  upToDate: string[];
  destinationFor: (account: string) => Destination;
  label: string;
  /** The pull request bodies' last line for a PR in `repository`: where the change was asked for. */
  origin: (repository: string) => string;
  /** Close this link's open pull requests for steps the plan no longer has (link runs only). */
  closeStale: boolean;
  dryRun: boolean;
  log: (line: string) => void;
}

export interface PublishResult {
  steps: PublishedStep[];
  closed: { number: number; url: string; reason: string }[];
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
    hash.update(`\0${file.path}\0${file.content.length}\0${file.content}`);
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

/** The requester in a pull request body's marker; undefined for bodies from before requesters. */
function markerRequester(body: string | null): string | undefined {
  return new RegExp(`<!-- ${TRAILER}: \\S+ request=(\\S+) -->`).exec(body ?? "")?.[1];
}

/** A requester recorded by another run, for a report: issue references stay links, anything else is code. */
function describeRequester(value: string): string {
  if (value === "dispatch") return "a workflow_dispatch run";
  if (value === "rotation") return "the token rotation";
  return /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+#\d+$/.test(value)
    ? `the request ${value}`
    : `the request ${code(value)}`;
}

interface OpenPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  head: { ref: string };
  base: { ref: string };
  labels?: { name?: string }[];
}

interface RepoState {
  refs: Map<string, string>;
  pulls: OpenPull[];
}

export function pullBody(
  req: PublishRequest,
  step: Step,
  previous: PublishedStep | undefined,
  repository: string,
) {
  const after = previous?.pull
    ? `Merge and apply after ${previous.repository === repository ? "" : previous.repository}#${previous.pull.number} (step ${previous.number}).`
    : previous
      ? `Step ${previous.number} has no pull request of this request (see the request's status): it must be merged and applied first.`
      : step.number === 1
        ? "This is the first step: apply it first."
        : `Step ${step.number - 1} is already merged: make sure it is applied first.`;
  return `${step.body}\n---\n${after}\n${req.origin(repository)}\n\n<!-- ${TRAILER}: ${req.linkId}/${step.id} request=${req.requester} -->\n`;
}

export async function publishSteps(github: GitHub, req: PublishRequest): Promise<PublishResult> {
  const result: PublishResult = { steps: [], closed: [] };
  const states = new Map<string, Promise<RepoState>>();
  const prefix = `${stepBranch(req.linkId, "")}`;
  const stateOf = (dest: Destination) => {
    const key = `${dest.owner}/${dest.repo}`;
    let state = states.get(key);
    if (!state) {
      state = loadState(github, dest, prefix);
      states.set(key, state);
    }
    return state;
  };

  try {
    for (const step of req.steps) {
      const dest = req.destinationFor(step.account);
      const state = await stateOf(dest);
      const published = await publishStep(github, req, step, dest, state, result.steps.at(-1));
      result.steps.push(published);
      req.log(
        `${published.outcome.padEnd(12)} ${published.repository} ${published.branch}${published.pull ? ` #${published.pull.number}` : ""}`,
      );
    }
    // Pull requests of this link whose step is merged already or no longer part of the plan.
    const wanted = new Set(req.steps.map((s) => s.id));
    for (const [repository, statePromise] of req.closeStale ? states : []) {
      const state = await statePromise;
      const [owner, repo] = repository.split("/") as [string, string];
      for (const pull of state.pulls) {
        const stepId = pull.head.ref.slice(prefix.length);
        // Only link steps: a token rotation's pull request lives on its own schedule. Only this
        // requester's: another request with the same argocd-cluster-name is not ours to close.
        if (wanted.has(stepId) || !LINK_STEP_IDS.includes(stepId)) continue;
        if (markerRequester(pull.body) !== req.requester) continue;
        const reason = req.upToDate.includes(stepId)
          ? "its change is already in the base branch"
          : "the link request no longer needs this step";
        if (!req.dryRun) {
          await github.rest.issues.createComment({
            owner,
            repo,
            issue_number: pull.number,
            body: `Closed by argocd-cluster-link: ${reason}.`,
          });
          await github.rest.pulls.update({ owner, repo, pull_number: pull.number, state: "closed" });
        }
        result.closed.push({ number: pull.number, url: pull.html_url, reason });
      }
    }
  } catch (error) {
    result.error = error as Error;
  }
  return result;
}

async function loadState(github: GitHub, dest: Destination, prefix: string): Promise<RepoState> {
  const ref = { owner: dest.owner, repo: dest.repo };
  const refs = await github.rest.git.listMatchingRefs({ ...ref, ref: `heads/${prefix}` });
  // Without a branch of this link there can be no pull request of it either.
  const pulls =
    refs.data.length === 0
      ? []
      : await github.paginate(github.rest.pulls.list, {
          ...ref,
          state: "open",
          base: dest.base,
          per_page: 100,
        });
  return {
    refs: new Map(refs.data.map((r) => [r.ref.replace(/^refs\/heads\//, ""), r.object.sha])),
    pulls: (pulls as OpenPull[]).filter((p) => p.head.ref.startsWith(prefix)),
  };
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
    outcome: "created",
  };
  const head = state.refs.get(branch);
  const digest = stepDigest(step);

  let outcome: StepOutcome = head ? "updated" : "created";
  let parents = [dest.baseSha];
  if (head) {
    const { data: commit } = await github.rest.git.getCommit({ ...ref, commit_sha: head });
    const marks = trailers(commit.message);
    if (marks.get(TRAILER) !== `${req.linkId}/${step.id}`) {
      return {
        ...base,
        outcome: "human-commit",
        detail: `the branch's last commit ${head.slice(0, 12)} was not made by argocd-cluster-link; this step is left as it is`,
        pull: pullOf(state, branch),
      };
    }
    // Commits from before requesters were recorded count as this requester's.
    const owner = marks.get(REQUEST_TRAILER);
    if (owner !== undefined && owner !== req.requester) {
      const theirs = pullOf(state, branch);
      return {
        ...base,
        outcome: "other-request",
        detail:
          `argocd-cluster-link published this branch for ${describeRequester(owner)}` +
          `${theirs ? ` (pull request #${theirs.number})` : ""}, which uses the same argocd-cluster-name ` +
          `"${req.linkId}"; this step is left as it is: choose another argocd-cluster-name for this request`,
      };
    }
    if (marks.get(DIGEST_TRAILER) === digest) outcome = "unchanged";
    // The tree is the current base plus the step's files; merge the base in unless the head has it.
    const hasBase =
      marks.get(BASE_TRAILER) === dest.baseSha || commit.parents.some((p) => p.sha === dest.baseSha);
    parents = hasBase ? [head] : [head, dest.baseSha];
  }
  if (req.dryRun)
    return {
      ...base,
      outcome: "dry-run",
      detail: outcome === "unchanged" ? "no change" : `would be ${outcome}`,
      pull: pullOf(state, branch),
    };

  if (outcome !== "unchanged") {
    const { data: tree } = await github.rest.git.createTree({
      ...ref,
      base_tree: dest.baseTree,
      tree: step.files.map((f) => ({
        path: f.path,
        mode: "100644" as const,
        type: "blob" as const,
        content: f.content,
      })),
    });
    const { data: commit } = await github.rest.git.createCommit({
      ...ref,
      message: commitMessage(req.linkId, step, req.requester, dest.baseSha),
      tree: tree.sha,
      parents,
    });
    if (head) {
      await github.rest.git.updateRef({ ...ref, ref: `heads/${branch}`, sha: commit.sha, force: false });
    } else {
      await github.rest.git.createRef({ ...ref, ref: `refs/heads/${branch}`, sha: commit.sha });
    }
    state.refs.set(branch, commit.sha);
  }

  const body = pullBody(req, step, previous, repository);
  let pull = state.pulls.find((p) => p.head.ref === branch);
  let detail: string | undefined;
  if (pull) {
    if (pull.title !== step.title || (pull.body ?? "") !== body) {
      await github.rest.pulls.update({ ...ref, pull_number: pull.number, title: step.title, body });
    }
  } else {
    if (head) {
      // The branch is older than this run but has no open pull request: a reviewer closed it, or an
      // earlier run stopped before opening it. Say which (a call on this path only).
      const { data: closed } = await github.rest.pulls.list({
        ...ref,
        state: "closed",
        head: `${dest.owner}:${branch}`,
        base: dest.base,
        per_page: 1,
      });
      const last = closed[0];
      if (last && !last.merged_at) {
        detail = `reopened as a new pull request (the previous one, #${last.number}, was closed)`;
      }
    }
    pull = await createPull(github, ref, dest.base, branch, step.title, body);
    state.pulls.push(pull);
  }
  // Also on reruns: the label call may have failed after the pull request was opened.
  const label = req.label.toLowerCase();
  if (!(pull.labels ?? []).some((l) => l.name?.toLowerCase() === label)) {
    await github.rest.issues.addLabels({ ...ref, issue_number: pull.number, labels: [req.label] });
    pull.labels = [...(pull.labels ?? []), { name: req.label }];
  }
  return {
    ...base,
    outcome,
    pull: { number: pull.number, url: pull.html_url },
    ...(detail ? { detail } : {}),
  };
}

function pullOf(state: RepoState, branch: string) {
  const pull = state.pulls.find((p) => p.head.ref === branch);
  return pull && { number: pull.number, url: pull.html_url };
}

async function createPull(
  github: GitHub,
  ref: { owner: string; repo: string },
  base: string,
  branch: string,
  title: string,
  body: string,
): Promise<OpenPull> {
  try {
    const { data } = await github.rest.pulls.create({
      ...ref,
      base,
      head: branch,
      title,
      body,
      maintainer_can_modify: true,
    });
    return data as OpenPull;
  } catch (error) {
    // A pull request opened by an earlier run that the open-PR listing missed (e.g. its base changed).
    if (
      (error as { status?: number }).status !== 422 ||
      !/already exists/i.test(JSON.stringify((error as { response?: unknown }).response ?? ""))
    ) {
      throw error;
    }
    const { data } = await github.rest.pulls.list({ ...ref, head: `${ref.owner}:${branch}`, state: "open" });
    const existing = data[0] as OpenPull | undefined;
    if (!existing) throw error;
    await github.rest.pulls.update({ ...ref, pull_number: existing.number, title, body, base });
    return { ...existing, title, body };
  }
}
