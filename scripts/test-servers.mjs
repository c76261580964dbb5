// The local GitHub and AWS servers of the end-to-end tests (test code, TypeScript) compiled to
// JavaScript for the scripts that drive the Action outside vitest (`npm run bench`,
// scripts/screenshot-status.mjs), with the folders they read relative to themselves linked in.
import { execFileSync } from "node:child_process";
import { rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/** Compiles test/e2e, test/support and src into .bench/build and returns that folder. */
export function compileTestServers(root) {
  const build = join(root, ".bench", "build");
  rmSync(build, { recursive: true, force: true });
  execFileSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { cwd: root, stdio: "inherit" });
  symlinkSync(join(root, "examples"), join(build, "examples"));
  symlinkSync(join(root, ".github"), join(build, ".github"));
  symlinkSync(join(root, "dist"), join(build, "dist"));
  symlinkSync(join(root, "test", "fixtures"), join(build, "test", "fixtures"));
  // The harness checks the bundle's source hash with this script (plain JavaScript, not compiled).
  symlinkSync(join(root, "scripts"), join(build, "scripts"));
  return build;
}
