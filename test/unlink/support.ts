// Applying plans to an in-memory repository, deletes included, as if their pull requests were merged.
import type { Plan } from "../../src/plan/types.js";
import type { MemoryRepo } from "../../src/repo/reader.js";

export function mergeSteps(repo: MemoryRepo, plan: Plan, count = plan.steps.length): void {
  for (const step of plan.steps.slice(0, count)) {
    for (const file of step.files) {
      if (file.action === "delete") repo.files.delete(file.path);
      else repo.files.set(file.path, file.content);
    }
  }
}

/** Paths whose content differs between two snapshots (added, removed or changed). */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}
