// Real `terraform validate` of every golden case's AWS-only .tf files (issue 8, "Real validation"):
// each layer's generated files with stubs for what lies outside them, and each module replaced by a
// stub declaring the pinned version's input and output names. Runs offline against the local
// hashicorp/aws mirror; skips, saying why, where terraform or the mirror is absent.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASES, EXAMPLES, ROOT } from "../support/cases.js";
import { goldenLayers, type GoldenLayer } from "./golden-layers.js";
import { stubLayer, type StubbedLayer } from "./layer-stubs.js";
import {
  findTooling,
  layerFolder,
  terraformValidate,
  writeWorkspace,
  type Tooling,
  type ValidateResult,
} from "./terraform-workspace.js";

const GOLDEN = join(ROOT, "test", "golden");

interface PreparedLayer {
  golden: GoldenLayer;
  stubbed: StubbedLayer;
}

const prepared: PreparedLayer[] = [];
let tooling: Tooling;
let result: ValidateResult | undefined;
let workspace: string | undefined;

beforeAll(async () => {
  let skipped = 0;
  for (const c of CASES) {
    for (const golden of await goldenLayers(join(GOLDEN, c.name), c.name, join(EXAMPLES, "repos", c.repo))) {
      skipped += golden.skipped.length;
      if (!golden.files.length) continue;
      prepared.push({ golden, stubbed: await stubLayer(golden.files, golden.outsideModules) });
    }
  }
  console.log(
    `left out of terraform validate: ${skipped} golden .tf files that use the kubernetes or helm provider`,
  );
  tooling = await findTooling();
  if (!tooling.available) {
    console.log(`terraform validate of the golden cases skipped: ${tooling.reason}`);
    return;
  }
  workspace = mkdtempSync(join(tmpdir(), "argocd-link-validate-"));
  writeWorkspace(
    workspace,
    prepared.map((p) => p.stubbed),
  );
  result = await terraformValidate(workspace, tooling);
  console.log(
    `terraform init + validate of ${prepared.length} layers (${prepared.reduce((n, p) => n + p.golden.files.length, 0)} files): ` +
      `${(result.millis / 1000).toFixed(1)} s wall time`,
  );
}, 180_000);

afterAll(() => {
  // KEEP_VALIDATE_WORKSPACE=1 leaves the workspace for a look at the stubs.
  if (workspace && process.env.KEEP_VALIDATE_WORKSPACE === "1") console.log(`workspace kept: ${workspace}`);
  else if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** Diagnostics of one layer, naming the golden file (step/path) and line they point at. */
function layerDiagnostics(index: number): string[] {
  const { golden } = prepared[index]!;
  const prefix = `${layerFolder(index)}/`;
  return (result?.diagnostics ?? [])
    .filter((d) => d.filename?.startsWith(prefix))
    .map((d) => {
      const name = d.filename!.slice(prefix.length);
      const where = golden.origins.get(name) ?? `${golden.layer}/${name}`;
      return `${d.severity} ${where}:${d.line ?? "?"}: ${d.summary}${d.detail ? ` (${d.detail})` : ""}`;
    });
}

it("covers every golden case folder", () => {
  const folders = readdirSync(GOLDEN, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  expect(folders).toEqual(CASES.map((c) => c.name).sort());
});

describe.each(CASES)("terraform validate: $name", (c) => {
  it("stubs every AWS-only file from the pinned module interfaces, with nothing unknown", () => {
    const layers = prepared.filter((p) => p.golden.caseName === c.name);
    expect(layers.length, "the case writes at least one AWS-only .tf file").toBeGreaterThan(0);
    for (const { golden, stubbed } of layers) expect(stubbed.problems, golden.layer).toEqual([]);
  });

  it("passes terraform validate", (ctx) => {
    if (!result) {
      ctx.skip(tooling && !tooling.available ? tooling.reason : "terraform did not run");
      return;
    }
    const diagnostics = prepared.flatMap((p, i) => (p.golden.caseName === c.name ? layerDiagnostics(i) : []));
    expect(diagnostics).toEqual([]);
  });
});

it("the whole workspace is valid (no diagnostic outside the layers either)", (ctx) => {
  if (!result) {
    ctx.skip(tooling && !tooling.available ? tooling.reason : "terraform did not run");
    return;
  }
  expect(result.diagnostics).toEqual([]);
  expect(result.valid).toBe(true);
});
