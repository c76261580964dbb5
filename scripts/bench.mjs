// Benchmark of the built CLI, measured against this machine's `node -e 0` in the same run:
//   - cold start (`--help`),
//   - planning one link (the guide's iam-role example),
//   - 200 links planned and merged one after another into one repository (each plan reads the
//     files the previous links grew), total and per link, plus how the last plans compare with
//     the first ones;
//   - the built Action (dist/index.js) against the local GitHub and AWS servers of the end-to-end
//     tests: API calls per step on a first run and on a no-op rerun, bytes sent and run time;
//   - the token rotation with 500 bearer-token links in 10 target layers (scripts/bench-rotation.mjs);
//   - the built Action's cold start in an empty environment (bench-start.mjs), optionally beside
//     another Action's bundle (--compare-start FILE).
// Usage: npm run bench [-- --links N --runs N --keep --compare-start FILE]
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchColdStart, printColdStart } from "./bench-start.mjs";

const { values } = parseArgs({
  options: {
    links: { type: "string", default: "200" },
    runs: { type: "string", default: "15" },
    // Keep the grown repository (and print its path) to profile a plan against it.
    keep: { type: "boolean", default: false },
    // Another Action's bundle to time beside ours, e.g. configure-aws-credentials' dist/index.js.
    "compare-start": { type: "string" },
  },
});
const LINKS = Number(values.links);
const RUNS = Number(values.runs);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "index.js");
const examples = join(root, "examples");

function timed(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed (${run.status}):\n${run.stderr}`);
  return { ms, stdout: run.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const repeat = (args) => median(Array.from({ length: RUNS }, () => timed(args).ms));

printColdStart(
  benchColdStart({
    action: join(root, "dist", "index.js"),
    compare: values["compare-start"],
    runs: Math.max(RUNS, 30),
  }),
);

// Warm the file cache once so the first measured run is not an outlier.
timed(["-e", "0"]);
timed([cli, "--help"]);

const baseline = repeat(["-e", "0"]);
const coldStart = repeat([cli, "--help"]);
const onePlan = repeat([
  cli,
  "plan",
  "--json",
  "--repo",
  join(examples, "repos", "guide"),
  "--request",
  join(examples, "requests", "guide-iam-role.yaml"),
  "--facts",
  join(examples, "facts", "guide-apps-devstg.json"),
]);

// 200 links into one repository: odd links by IAM role, even links by bearer token.
const work = mkdtempSync(join(tmpdir(), "argocd-cluster-link-bench-"));
const repo = join(work, "repo");
cpSync(join(examples, "repos", "leverage-2026"), repo, { recursive: true });
const facts = join(examples, "facts", "leverage-2026-apps-devstg.json");
const perLink = [];
let bytesWritten = 0;
let filesWritten = 0;
let steps = 0;
for (let i = 1; i <= LINKS; i++) {
  const request = join(work, `link-${i}.yaml`);
  writeFileSync(
    request,
    [
      "source-account: shared",
      "target-account: apps-devstg",
      "target-region: us-east-1",
      "target-cluster: acme-apps-devstg-k8s-eks-demoapps",
      `method: ${i % 2 ? "iam-role" : "bearer-token"}`,
      "access: edit",
      `namespaces: [ns-${i}]`,
      `argocd-cluster-name: bench-${i}`,
      "",
    ].join("\n"),
  );
  const { ms, stdout } = timed([
    cli,
    "plan",
    "--json",
    "--repo",
    repo,
    "--request",
    request,
    "--facts",
    facts,
  ]);
  perLink.push(ms);
  const plan = JSON.parse(stdout);
  steps += plan.steps.length;
  for (const step of plan.steps) {
    for (const file of step.files) {
      mkdirSync(dirname(join(repo, file.path)), { recursive: true });
      writeFileSync(join(repo, file.path), file.content);
      bytesWritten += Buffer.byteLength(file.content);
      filesWritten++;
    }
  }
}
if (values.keep) console.log(`kept: ${repo} (requests in ${work})`);
else rmSync(work, { recursive: true, force: true });

const total = perLink.reduce((a, b) => a + b, 0);
const tenth = Math.max(1, Math.floor(LINKS / 10));
const firstTenth = median(perLink.slice(0, tenth));
const lastTenth = median(perLink.slice(-tenth));
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const ratio = (ms) => `${(ms / baseline).toFixed(2)}x`;
const rows = [
  ["baseline: node -e 0 (median)", fmt(baseline), "1.00x"],
  ["CLI cold start: --help (median)", fmt(coldStart), ratio(coldStart)],
  ["plan one link, guide iam-role (median)", fmt(onePlan), ratio(onePlan)],
  [`${LINKS} links one after another: total`, fmt(total), ratio(total)],
  [`${LINKS} links: mean per link`, fmt(total / LINKS), ratio(total / LINKS)],
  [`${LINKS} links: median of first ${tenth}`, fmt(firstTenth), ratio(firstTenth)],
  [`${LINKS} links: median of last ${tenth}`, fmt(lastTenth), ratio(lastTenth)],
];
console.log(`argocd-cluster-link bench (node ${process.version}, ${RUNS} runs per median)\n`);
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, ms, x] of rows)
  console.log(`${name.padEnd(width)}  ${ms.padStart(11)}  ${x.padStart(8)} baseline`);
console.log(
  `\n${LINKS} links wrote ${filesWritten} files (${(bytesWritten / 1024 / 1024).toFixed(2)} MiB) in ${steps} steps; ` +
    `last/first per-link time: ${(lastTenth / firstTenth).toFixed(2)}x.`,
);

// The Action against the local servers. They are test code (TypeScript): compile them first, and
// link the folders they read relative to themselves.
const build = join(root, ".bench", "build");
rmSync(build, { recursive: true, force: true });
execFileSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { cwd: root, stdio: "inherit" });
symlinkSync(join(root, "examples"), join(build, "examples"));
symlinkSync(join(root, ".github"), join(build, ".github"));
symlinkSync(join(root, "dist"), join(build, "dist"));
symlinkSync(join(root, "test", "fixtures"), join(build, "test", "fixtures"));
symlinkSync(join(root, "scripts"), join(build, "scripts"));
const h = await import(join(build, "test", "e2e", "harness.js"));

const READS = new Set(["repos/get", "git/get-ref", "git/get-tree", "git/get-blob"]);
function measure(world, run, ms) {
  const requests = world.github.requests;
  const steps = JSON.parse(run.outputs["pull-requests"] || "[]").length;
  const reads = requests.filter((r) => READS.has(r.operationId)).length;
  return {
    status: run.outputs.status,
    steps,
    calls: requests.length,
    reads,
    others: requests.length - reads,
    bytesIn: requests.reduce((a, r) => a + r.bytesIn, 0),
    bytesOut: requests.reduce((a, r) => a + r.bytesOut, 0),
    aws: world.aws.calls.length,
    ms,
  };
}
const world = await h.startWorld();
const issue = h.openLinkIssue(world, h.IAM_REQUEST);
let start = process.hrtime.bigint();
const firstRun = await h.runAction(world, { name: "issues", payload: h.issueEvent(world, issue, "opened") });
const first = measure(world, firstRun, Number(process.hrtime.bigint() - start) / 1e6);
world.github.resetLog();
world.aws.calls.length = 0;
start = process.hrtime.bigint();
const rerunRun = await h.runAction(world, {
  name: "issues",
  payload: h.issueEvent(world, issue, "labeled", "octo-dev", "cluster-link"),
});
const rerun = measure(world, rerunRun, Number(process.hrtime.bigint() - start) / 1e6);
await world.close();

console.log(`\nGitHub Action, iam-role link from an issue (4 steps), local GitHub + AWS servers:\n`);
const table = [
  ["", "first run", "no-op rerun"],
  ["status", first.status, rerun.status],
  ["GitHub API calls", String(first.calls), String(rerun.calls)],
  ["  reading the repository (tree, blobs, ref)", String(first.reads), String(rerun.reads)],
  ["  publishing and reporting", String(first.others), String(rerun.others)],
  [
    "GitHub calls per step (all)",
    (first.calls / first.steps).toFixed(1),
    (rerun.calls / rerun.steps).toFixed(1),
  ],
  [
    "GitHub calls per step (publishing)",
    (first.others / first.steps).toFixed(1),
    (rerun.others / rerun.steps).toFixed(1),
  ],
  ["AWS calls (OIDC, STS, EKS)", String(first.aws), String(rerun.aws)],
  ["bytes sent to GitHub", String(first.bytesIn), String(rerun.bytesIn)],
  ["bytes received from GitHub", String(first.bytesOut), String(rerun.bytesOut)],
  ["run time", fmt(first.ms), fmt(rerun.ms)],
  ["run time / node -e 0", ratio(first.ms), ratio(rerun.ms)],
];
const w0 = Math.max(...table.map((r) => r[0].length));
for (const [a, b, c] of table) console.log(`${a.padEnd(w0)}  ${b.padStart(10)}  ${c.padStart(12)}`);

// The token rotation at scale (its own file): 500 bearer-token links in 10 target layers.
const { benchRotation } = await import("./bench-rotation.mjs");
await benchRotation(build, { links: 500, layers: 10 });
