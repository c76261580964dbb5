// The oracle of the name-collision tests: what a plan may do to files that are already there.
// Independent of the planner's own ownership rules: a file whose first line names a link belongs to
// that link and no other link may change it; any other file (the repository's own, a release's or
// an instance's) may only gain lines.
import type { Plan } from "../../src/plan/types.js";

/** The link a file belongs to, from its first line (`# argocd-cluster-link: <id>`), if any. */
export function fileOwner(text: string): string | undefined {
  return /^# argocd-cluster-link: ([a-z0-9-]+)\n/.exec(text)?.[1];
}

/** Lines of `before` missing from `after` in order: empty exactly when `after` only inserts lines. */
export function lostLines(before: string, after: string): string[] {
  const lines = after.split("\n");
  const lost: string[] = [];
  let at = 0;
  for (const line of before.split("\n")) {
    const found = lines.indexOf(line, at);
    if (found === -1) lost.push(line);
    else at = found + 1;
  }
  return lost;
}

/**
 * What `plan` (for the link `linkId`) does wrong to the files in `existing`: a change to another
 * link's file, or a lost line in a shared one. Empty when it only adds what it is meant to.
 */
export function damage(existing: ReadonlyMap<string, string>, plan: Plan): string[] {
  const problems: string[] = [];
  for (const step of plan.steps) {
    for (const file of step.files) {
      const before = existing.get(file.path);
      if (before === undefined || before === file.content) continue;
      const owner = fileOwner(before);
      if (owner !== undefined && owner !== plan.linkId) {
        problems.push(`${file.path}: belongs to the link ${owner}, rewritten by ${plan.linkId}`);
        continue;
      }
      if (owner === plan.linkId) continue;
      const lost = lostLines(before, file.content);
      if (lost.length > 0) {
        problems.push(`${file.path}: lost ${lost.length} line(s), first ${JSON.stringify(lost[0])}`);
      }
    }
  }
  return problems;
}
