// The hash of what the bundles in dist/ are built from: every file under src/ and the lock file
// (the bundled dependencies). scripts/build.mjs writes it into each bundle; the tests that run a
// bundle compare it with the sources they test, so they never test a stale dist/.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The first line of a bundle (after the CLI's shebang) that records its sources' hash. */
export const MARKER_PREFIX = "// argocd-cluster-link source-sha256: ";

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/** Hex SHA-256 over the paths and contents of src/** and package-lock.json under `root`. */
export function sourceHash(root) {
  const paths = [...filesUnder(join(root, "src")), join(root, "package-lock.json")]
    .map((path) => relative(root, path).split(sep).join("/"))
    .sort();
  const hash = createHash("sha256");
  for (const path of paths)
    hash
      .update(path)
      .update("\0")
      .update(readFileSync(join(root, path)))
      .update("\0");
  return hash.digest("hex");
}
