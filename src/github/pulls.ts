// Pull requests: list, open (idempotently, the way peter-evans/create-pull-request does), edit, close.

import type { GitHub } from "./client.js";
import { addComment } from "./comments.js";
import type { PullState } from "../lifecycle/progress.js";
import { fullName, type RepoRef } from "./repositories.js";

export interface OpenPull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  /** `repo` is null when the head repository (a fork) was deleted. */
  head: { ref: string; repo: { full_name: string } | null };
  base: { ref: string };
  labels?: { name?: string }[];
}

/**
 * Whether a pull request's head branch lives in `ref` itself. A fork can name a branch like a
 * step's; GitHub's `head=owner:branch` filter does not tell them apart from the repository's own
 * branches by name alone, so every lookup of step pull requests checks this too.
 */
export function fromRepository(
  pull: { head: { repo: { full_name: string } | null } },
  ref: RepoRef,
): boolean {
  return pull.head.repo?.full_name.toLowerCase() === fullName(ref).toLowerCase();
}

/** Every open pull request into `base`, from any repository (forks included). */
export async function listOpenPulls(github: GitHub, ref: RepoRef, base: string): Promise<OpenPull[]> {
  const pulls = await github.paginate(github.rest.pulls.list, { ...ref, state: "open", base, per_page: 100 });
  return pulls as OpenPull[];
}

/** The last closed pull request from `branch` of `ref` itself into `base`, merged or not. */
export async function lastClosedPull(
  github: GitHub,
  ref: RepoRef,
  branch: string,
  base: string,
): Promise<{ number: number; merged: boolean } | undefined> {
  const { data } = await github.rest.pulls.list({
    ...ref,
    state: "closed",
    head: `${ref.owner}:${branch}`,
    base,
    per_page: 10,
  });
  const last = data.find((p) => fromRepository(p, ref));
  return last && { number: last.number, merged: Boolean(last.merged_at) };
}

/**
 * Opens a pull request from `branch`. When GitHub answers that one already exists (an earlier run
 * opened it and the open-PR listing missed it, e.g. because its base changed), that one is updated
 * to this title, body and base instead.
 */
export async function openPull(
  github: GitHub,
  ref: RepoRef,
  pull: { base: string; branch: string; title: string; body: string },
): Promise<OpenPull> {
  try {
    const { data } = await github.rest.pulls.create({
      ...ref,
      base: pull.base,
      head: pull.branch,
      title: pull.title,
      body: pull.body,
      maintainer_can_modify: true,
    });
    return data as OpenPull;
  } catch (error) {
    if (
      (error as { status?: number }).status !== 422 ||
      !/already exists/i.test(JSON.stringify((error as { response?: unknown }).response ?? ""))
    ) {
      throw error;
    }
    const { data } = await github.rest.pulls.list({
      ...ref,
      head: `${ref.owner}:${pull.branch}`,
      state: "open",
    });
    const existing = (data as OpenPull[]).find((p) => fromRepository(p, ref));
    if (!existing) throw error;
    await editPull(github, ref, existing.number, { title: pull.title, body: pull.body, base: pull.base });
    return { ...existing, title: pull.title, body: pull.body };
  }
}

export async function editPull(
  github: GitHub,
  ref: RepoRef,
  number: number,
  fields: { title: string; body: string; base?: string },
): Promise<void> {
  await github.rest.pulls.update({ ...ref, pull_number: number, ...fields });
}

/** Says why in a comment, then closes the pull request (its branch is kept). */
export async function closePull(
  github: GitHub,
  ref: RepoRef,
  number: number,
  comment: string,
): Promise<void> {
  await addComment(github, ref, number, comment);
  await github.rest.pulls.update({ ...ref, pull_number: number, state: "closed" });
}

/** Whether a pull request is open, merged (by whom, when, as which commit) or closed, as GitHub says now. */
export async function pullState(github: GitHub, ref: RepoRef, number: number): Promise<PullState> {
  try {
    const { data } = await github.rest.pulls.get({ ...ref, pull_number: number });
    if (data.merged || data.merged_at) {
      return {
        state: "merged",
        by: data.merged_by?.login ?? "",
        at: data.merged_at ?? "",
        commit: data.merge_commit_sha ?? "",
        base: data.base.ref,
      };
    }
    return { state: data.state === "open" ? "open" : "closed" };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 403) {
      return {
        state: "unknown",
        reason: `${fullName(ref)}#${number}: GitHub answered ${status}${status === 404 ? " (deleted, or the token cannot read that repository)" : ""}`,
      };
    }
    throw error;
  }
}
