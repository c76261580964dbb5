// Comments on issues and pull requests.

import type { GitHub } from "./client.js";
import type { RepoRef } from "./repositories.js";

export async function addComment(github: GitHub, ref: RepoRef, number: number, body: string): Promise<void> {
  await github.rest.issues.createComment({ ...ref, issue_number: number, body });
}

/**
 * Keeps one bot comment that starts with `marker` on an issue: creates it, or updates it in place
 * when its text changed. `known: "none"` skips the lookup when the caller knows there is none yet.
 */
export async function upsertMarkedComment(
  github: GitHub,
  ref: RepoRef,
  number: number,
  marker: string,
  body: string,
  known: "none" | "unknown",
): Promise<void> {
  const comments =
    known === "none"
      ? []
      : await github.paginate(github.rest.issues.listComments, {
          ...ref,
          issue_number: number,
          per_page: 100,
        });
  const mine = comments.find((c) => c.body?.startsWith(marker) && c.user?.type === "Bot");
  if (!mine) {
    await addComment(github, ref, number, body);
  } else if (mine.body !== body) {
    await github.rest.issues.updateComment({ ...ref, comment_id: mine.id, body });
  }
}
