// The npm package as a user gets it: `npm pack`, then installed from the tarball into a temporary
// prefix with no registry to reach, and run from there. It must hold the CLI bundle and the docs,
// no development files, and no dependency to download.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertFreshBundle } from "../support/bundle.js";
import {
  BASE_ENV,
  CLI,
  GUIDE_IAM,
  PACKAGE,
  ROOT,
  expectGoldenPlanJson,
  pairingArgs,
  repoPath,
} from "../cli/support.js";

/** The unpacked size budget of the package (issue 19): under 3 MB. */
const UNPACKED_BUDGET_BYTES = 3_000_000;

interface PackResult {
  filename: string;
  unpackedSize: number;
  files: { path: string }[];
}

let work = "";
let pack: PackResult;
let installed = "";
// npm with an empty cache and a registry that cannot be reached: anything it would download fails.
let offlineEnv: NodeJS.ProcessEnv = {};

function npm(args: string[], cwd: string) {
  const run = spawnSync("npm", args, { cwd, env: offlineEnv, encoding: "utf8", timeout: 120_000 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`npm ${args.join(" ")} failed (${run.status}):\n${run.stderr}`);
  return run.stdout;
}

beforeAll(() => {
  assertFreshBundle(CLI);
  work = mkdtempSync(join(tmpdir(), "argocd-cluster-link-pack-"));
  offlineEnv = {
    ...BASE_ENV,
    npm_config_cache: join(work, "cache"),
    npm_config_registry: "http://127.0.0.1:9/",
    npm_config_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
  pack = (JSON.parse(npm(["pack", "--json", "--pack-destination", work], ROOT)) as PackResult[])[0]!;
  const prefix = join(work, "prefix");
  npm(["install", "--global", "--prefix", prefix, join(work, pack.filename)], work);
  installed = join(prefix, "bin", "argocd-cluster-link");
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("holds the CLI bundle, README, LICENSE, CHANGELOG and the docs pages, and nothing else", () => {
    const paths = pack.files.map((f) => f.path).sort();
    for (const needed of [
      "dist/cli/index.js",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
      "docs/README.md",
      "package.json",
    ])
      expect(paths).toContain(needed);
    const unexpected = paths.filter(
      (p) => !/^(dist\/cli\/[^/]+|docs\/[^/]+\.md|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(p),
    );
    expect(unexpected).toEqual([]);
  });

  it(`stays under ${UNPACKED_BUDGET_BYTES} bytes unpacked`, () => {
    expect(pack.unpackedSize).toBeLessThan(UNPACKED_BUDGET_BYTES);
  });

  it("declares no runtime dependency and is not private", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ "argocd-cluster-link": "dist/cli/index.js" });
  });

  it("installed offline, runs --version", () => {
    const run = spawnSync(installed, ["--version"], { env: BASE_ENV, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${PACKAGE.version}\n`);
  });

  it("installed offline, plans the guide's example as the golden file says", () => {
    const run = spawnSync(
      installed,
      ["plan", "--json", "--repo", repoPath(GUIDE_IAM.repo), ...pairingArgs(GUIDE_IAM)],
      {
        cwd: work,
        env: BASE_ENV,
        encoding: "utf8",
      },
    );
    expectGoldenPlanJson(run, GUIDE_IAM);
  });
});
