// Comments on issues and pull requests.

import type { GitHub } from "./client.js";
import type { RepoRef } from "./repositories.js";

export async function addComment(github: GitHub, ref: RepoRef, number: number, body: string): Promise<void> {
  await github.rest.issues.createComment({ ...ref, issue_number: number, body });
}

/** Attempts at creating the marked comment; each after looking whether an earlier one got through. */
const CREATE_ATTEMPTS = 3;

/** A failure after which the request may or may not have been carried out: 5xx or no answer at all. */
function uncertain(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === undefined || status >= 500;
}

export interface MarkedComment {
  id: number;
  body: string;
}

/** The bot's comment on an issue that starts with `marker`, if there is one. */
export async function findMarkedComment(
  github: GitHub,
  ref: RepoRef,
  number: number,
  marker: string,
): Promise<MarkedComment | undefined> {
  const found = (
    await github.paginate(github.rest.issues.listComments, { ...ref, issue_number: number, per_page: 100 })
  ).find((c) => c.body?.startsWith(marker) && c.user?.type === "Bot");
  return found && { id: found.id, body: found.body ?? "" };
}

/**
 * Keeps one bot comment that starts with `marker` on an issue: creates it, or updates it in place
 * when its text changed. The comments are always looked up first: two runs of one issue (`labeled`
 * and `opened` of a new form issue) come in either order. Creating is idempotent under retries:
 * the client's automatic retry is off for this POST, and after a 5xx or a lost answer (the comment
 * may exist all the same) the comments are listed again before another attempt.
 */
export async function upsertMarkedComment(
  github: GitHub,
  ref: RepoRef,
  number: number,
  marker: string,
  body: string,
  pauseMs = 1000,
  /** The comment as this run already read it: saves listing the comments again. */
  known?: MarkedComment,
): Promise<void> {
  const findMine = () => findMarkedComment(github, ref, number, marker);
  let mine = known ?? (await findMine());
  for (let attempt = 1; !mine; attempt++) {
    try {
      await github.rest.issues.createComment({
        ...ref,
        issue_number: number,
        body,
        request: { retries: 0 },
      });
      return;
    } catch (error) {
      if (!uncertain(error) || attempt >= CREATE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
      mine = await findMine();
    }
  }
  if (mine.body !== body) await github.rest.issues.updateComment({ ...ref, comment_id: mine.id, body });
}
