// Reactions on comments: how a `/cluster-link` command is acknowledged (eyes: running; rocket:
// done; confused: failed or not allowed), as IssueOps tools do.

import type { GitHub } from "./client.js";
import type { RepoRef } from "./repositories.js";

export type Reaction = "eyes" | "rocket" | "confused";

export async function react(
  github: GitHub,
  ref: RepoRef,
  commentId: number,
  content: Reaction,
): Promise<void> {
  await github.rest.reactions.createForIssueComment({ ...ref, comment_id: commentId, content });
}
