// Benchmark of the token rotation (run by scripts/bench.mjs after it compiled the local servers to
// .bench/build): a repository with LINKS bearer-token links spread over LAYERS target layers, against
// the local GitHub server. Measures GitHub API calls and time for one scan (no token due) and for
// one full rotation (every token due, one pull request per layer), then a no-op rerun. The reading
// of the repository (tree and blobs) is counted apart from publishing.
// Usage: node scripts/bench-rotation.mjs [--links N --layers N] (after `npm run bench` built .bench/build).
import { join } from "node:path";
import { parseArgs } from "node:util";

const READS = new Set([
  "repos/get",
  "repos/get-branch",
  "repos/download-tarball-archive",
  "git/get-ref",
  "git/get-tree",
  "git/get-blob",
]);

export async function benchRotation(build, { links = 500, layers = 10 } = {}) {
  const h = await import(join(build, "test", "e2e", "harness.js"));
  const { MemoryRepo } = await import(join(build, "src", "repo", "reader.js"));
  const { planLink } = await import(join(build, "src", "plan", "plan.js"));
  const cases = await import(join(build, "test", "support", "cases.js"));

  // One real link, then LINKS copies under other names, in LAYERS target layers.
  const files = await h.exampleFiles("leverage-2026");
  const seed = new MemoryRepo(new Map(Object.entries(files)));
  const plan = await planLink(
    seed,
    cases.exampleRequest("leverage-2026-bearer-token"),
    cases.exampleFacts("leverage-2026-apps-devstg"),
  );
  const target = plan.steps[0].files.find((f) => f.path.endsWith("argocd_link_demoapps_readonly.tf"));
  const argocd = plan.steps.at(-1).files.find((f) => f.path.endsWith("argocd_link_demoapps_readonly.tf"));
  const rename = (text, i) =>
    text
      .replaceAll("demoapps-readonly", `bench-link-${i}`)
      .replaceAll("demoapps_readonly", `bench_link_${i}`);
  const repoFiles = (dated) => {
    const out = { ...files };
    for (let i = 0; i < links; i++) {
      const layer = `apps-devstg/us-east-1/bench-cluster-${i % layers}/k8s-components`;
      let text = rename(target.content, i);
      if (dated) text = text.replace("\n\nresource", "\n# token-created: 2026-11-25T00:00:00Z\n\nresource");
      out[`${layer}/argocd_link_bench_link_${i}.tf`] = text;
      out[`shared/us-east-1/k8s-eks/k8s-components/argocd_link_bench_link_${i}.tf`] = rename(
        argocd.content,
        i,
      );
    }
    return out;
  };

  const measure = async (world, inputs = {}) => {
    world.github.resetLog();
    const start = process.hrtime.bigint();
    const run = await h.runAction(world, { name: "schedule", payload: {} }, inputs);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // API calls only: the archive download GitHub redirects to (codeload) is not an API call.
    const requests = world.github.requests.filter((r) => r.operationId !== undefined);
    const reads = requests.filter((r) => READS.has(r.operationId)).length;
    const rows = JSON.parse(run.outputs.rotations || "[]");
    return {
      status: run.outputs.status,
      pulls: JSON.parse(run.outputs["pull-requests"] || "[]").length,
      due: rows.filter((r) => r.state !== "current").length,
      calls: requests.length,
      reads,
      others: requests.length - reads,
      ms,
    };
  };

  const scanWorld = await h.startWorld({ files: repoFiles(true) });
  scanWorld.now = new Date("2026-12-01T06:00:00Z");
  const scan = await measure(scanWorld);
  await scanWorld.close();
  const world = await h.startWorld({ files: repoFiles(false) });
  world.now = new Date("2026-12-01T06:00:00Z");
  const full = await measure(world);
  const rerun = await measure(world);
  await world.close();

  console.log(
    `\nToken rotation, ${links} bearer-token links in ${layers} target layers, local GitHub server:\n`,
  );
  const table = [
    ["", "scan (none due)", "full rotation", "no-op rerun"],
    ["status", scan.status, full.status, rerun.status],
    ["links due / waiting", String(scan.due), String(full.due), String(rerun.due)],
    ["pull requests", String(scan.pulls), String(full.pulls), String(rerun.pulls)],
    ["GitHub API calls", String(scan.calls), String(full.calls), String(rerun.calls)],
    [
      "  reading the repository (tree, blobs, ref)",
      String(scan.reads),
      String(full.reads),
      String(rerun.reads),
    ],
    ["  publishing and reporting", String(scan.others), String(full.others), String(rerun.others)],
    [
      "  publishing calls per layer",
      "-",
      (full.others / layers).toFixed(1),
      (rerun.others / layers).toFixed(1),
    ],
    ["run time", `${scan.ms.toFixed(0)} ms`, `${full.ms.toFixed(0)} ms`, `${rerun.ms.toFixed(0)} ms`],
  ];
  const w0 = Math.max(...table.map((r) => r[0].length));
  for (const row of table) {
    console.log(
      `${row[0].padEnd(w0)}  ${row
        .slice(1)
        .map((c) => c.padStart(15))
        .join("  ")}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { links: { type: "string", default: "500" }, layers: { type: "string", default: "10" } },
  });
  const root = join(import.meta.dirname, "..");
  await benchRotation(join(root, ".bench", "build"), {
    links: Number(values.links),
    layers: Number(values.layers),
  });
}
