// Issues: the ones the Action keeps up to date by itself (the rotation's tracking issue), reading
// one as it is now, and closing a finished request.

import type { GitHub } from "./client.js";
import type { RepoRef } from "./repositories.js";

/**
 * Keeps one open issue whose body contains `marker`, among the open issues with `label`: creates it,
 * or edits it in place when its title or body changed. Returns its number.
 */
export async function upsertMarkedIssue(
  github: GitHub,
  ref: RepoRef,
  issue: { marker: string; label: string; title: string; body: string },
): Promise<{ number: number; outcome: "created" | "updated" | "unchanged" }> {
  const open = await github.paginate(github.rest.issues.listForRepo, {
    ...ref,
    state: "open",
    labels: issue.label,
    per_page: 100,
  });
  // The oldest one is the one to keep, should two ever exist.
  const mine = open
    .filter((i) => !i.pull_request && i.body?.includes(issue.marker))
    .sort((a, b) => a.number - b.number)[0];
  if (!mine) {
    const { data } = await github.rest.issues.create({
      ...ref,
      title: issue.title,
      body: issue.body,
      labels: [issue.label],
    });
    return { number: data.number, outcome: "created" };
  }
  if (mine.title === issue.title && mine.body === issue.body)
    return { number: mine.number, outcome: "unchanged" };
  await github.rest.issues.update({
    ...ref,
    issue_number: mine.number,
    title: issue.title,
    body: issue.body,
  });
  return { number: mine.number, outcome: "updated" };
}

/** Closes an issue as completed. */
export async function closeIssue(github: GitHub, ref: RepoRef, number: number): Promise<void> {
  await github.rest.issues.update({
    ...ref,
    issue_number: number,
    state: "closed",
    state_reason: "completed",
  });
}

/** An issue's state and labels as they are now (an event payload's are as old as the event). */
export async function readIssue(
  github: GitHub,
  ref: RepoRef,
  number: number,
): Promise<{
  state: string;
  labels: string[];
  title: string;
  body: string;
  author: string;
  isPull: boolean;
}> {
  const { data } = await github.rest.issues.get({ ...ref, issue_number: number });
  return {
    state: data.state,
    labels: data.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
    title: data.title,
    body: data.body ?? "",
    author: data.user?.login ?? "",
    isPull: Boolean(data.pull_request),
  };
}
