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

/** The lines of `text` with their line breaks: joining them gives `text` back. */
const linesOf = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/**
 * The instance-wide settings the unlink keeps on purpose: the lines the link added to `linked` (not in
 * `original`) that set one of `keys`. `rest` is `after` without exactly those lines, which must be
 * `original` byte for byte when nothing else stayed.
 */
export function keptSettingLines(
  original: string,
  linked: string,
  after: string,
  keys: readonly string[],
): { kept: string[]; rest: string } {
  const before = linesOf(original);
  const added = linesOf(linked).filter((line) => {
    const i = before.indexOf(line);
    if (i >= 0) before.splice(i, 1);
    return i < 0;
  });
  const kept = added.filter((line) =>
    keys.some((key) => new RegExp(`^\\s*["']?${key.replace(/\./g, "\\.")}["']?:`).test(line)),
  );
  const rest = linesOf(after);
  for (const line of kept) {
    const i = rest.indexOf(line);
    if (i >= 0) rest.splice(i, 1);
  }
  return { kept: kept.map((l) => l.trimEnd()), rest: rest.join("") };
}
