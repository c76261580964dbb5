// Guards the tests that run a built bundle: a dist/ built from other sources than the src/ under
// test would pass or fail for reasons that have nothing to do with the code, so stop with what to run.
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { MARKER_PREFIX, sourceHash } from "../../scripts/source-hash.mjs";
import { ROOT } from "./cases.js";

const checked = new Map<string, string | undefined>();

/** Throws when `bundle` is missing or was built from sources other than the current src/ and lock file. */
export function assertFreshBundle(bundle: string): void {
  if (!checked.has(bundle)) checked.set(bundle, staleness(bundle));
  const problem = checked.get(bundle);
  if (problem) throw new Error(`${problem}: run \`npm run build\` before the tests that run the bundle.`);
}

function staleness(bundle: string): string | undefined {
  const name = relative(ROOT, bundle);
  if (!existsSync(bundle)) return `${name} is missing`;
  const lines = readFileSync(bundle, "utf8").split("\n", 3);
  const marker = lines.find((line) => line.startsWith(MARKER_PREFIX));
  if (!marker) return `${name} has no "${MARKER_PREFIX.trim()}" line (built by an older scripts/build.mjs)`;
  const built = marker.slice(MARKER_PREFIX.length).trim();
  const now = sourceHash(ROOT);
  if (built !== now)
    return `${name} is stale: it was built from sources with hash ${built.slice(0, 12)}, src/ and package-lock.json now hash to ${now.slice(0, 12)}`;
  return undefined;
}
