// Builds the two bundles that ship in dist/: the Action (dist/index.js) and the CLI (dist/cli/index.js).
// ncc emits ESM because @actions/* are ESM-only; each output folder gets a package.json that says so.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync, chmodSync, readFileSync } from "node:fs";
import { MARKER_PREFIX, sourceHash } from "./source-hash.mjs";

const targets = [
  { entry: "src/action/main.ts", out: "dist" },
  { entry: "src/cli/main.ts", out: "dist/cli" },
];

rmSync("dist", { recursive: true, force: true });
for (const { entry, out } of targets) {
  execFileSync(
    "npx",
    ["ncc", "build", entry, "-o", out, "--license", "licenses.txt", "--quiet", "--target", "es2022"],
    {
      stdio: "inherit",
    },
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/package.json`, JSON.stringify({ type: "module" }, null, 2) + "\n");
}
// Each bundle records the hash of its sources, so tests refuse to run a bundle older than src/.
const marker = `${MARKER_PREFIX}${sourceHash(".")}\n`;
for (const { out } of targets) {
  const bundle = `${out}/index.js`;
  writeFileSync(bundle, marker + readFileSync(bundle, "utf8"));
}
// The CLI is also the package's bin: give it a shebang and make it executable.
const cli = "dist/cli/index.js";
const body = readFileSync(cli, "utf8");
if (!body.startsWith("#!")) writeFileSync(cli, "#!/usr/bin/env node\n" + body);
chmodSync(cli, 0o755);
