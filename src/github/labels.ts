// Labels on issues and pull requests.

import type { GitHub } from "./client.js";
import type { RepoRef } from "./repositories.js";

/** Adds labels (GitHub creates a label that does not exist yet). */
export async function addLabels(
  github: GitHub,
  ref: RepoRef,
  number: number,
  labels: string[],
): Promise<void> {
  await github.rest.issues.addLabels({ ...ref, issue_number: number, labels });
}

/** Removes a label; one that is already gone is not an error. */
export async function removeLabel(github: GitHub, ref: RepoRef, number: number, name: string): Promise<void> {
  try {
    await github.rest.issues.removeLabel({ ...ref, issue_number: number, name });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}

/** The labels an issue has now (an event payload's list is as old as the event). */
export async function issueLabels(github: GitHub, ref: RepoRef, number: number): Promise<string[]> {
  const labels = await github.paginate(github.rest.issues.listLabelsOnIssue, {
    ...ref,
    issue_number: number,
    per_page: 100,
  });
  return labels.map((l) => l.name);
}
