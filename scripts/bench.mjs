// Benchmark of the built CLI, measured against this machine's `node -e 0` in the same run:
//   - cold start (`--help`),
//   - planning one link (the guide's iam-role example),
//   - 200 links planned and merged one after another into one repository (each plan reads the
//     files the previous links grew), total and per link, plus how the last plans compare with
//     the first ones: in the loop, and timed again side by side (the 199th and 200th against the
//     1st and 2nd, each on the repository as it was before it);
//   - the built Action (dist/index.js) against the local GitHub and AWS servers of the end-to-end
//     tests: API calls per step on a first run and on a no-op rerun, bytes sent and run time;
//   - the token rotation with 500 bearer-token links in 10 target layers (scripts/bench-rotation.mjs);
//   - the npm package's packed and unpacked size (budget: under 3 MB unpacked),
//   - the built Action's cold start in an empty environment (bench-start.mjs), optionally beside
//     another Action's bundle (--compare-start FILE).
// Usage: npm run bench [-- --links N --runs N --keep --compare-start FILE --plans-only]
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchColdStart, printColdStart } from "./bench-start.mjs";
import { compileTestServers } from "./test-servers.mjs";

const { values } = parseArgs({
  options: {
    links: { type: "string", default: "200" },
    runs: { type: "string", default: "15" },
    // Keep the grown repository (and print its path) to profile a plan against it.
    keep: { type: "boolean", default: false },
    // Another Action's bundle to time beside ours, e.g. configure-aws-credentials' dist/index.js.
    "compare-start": { type: "string" },
    // Stop after the planning figures (cold start, one plan, the links loop).
    "plans-only": { type: "boolean", default: false },
  },
});
const LINKS = Number(values.links);
const RUNS = Number(values.runs);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli", "index.js");
const examples = join(root, "examples");

/**
 * CPU milliseconds used by this process's finished children (Linux: cutime + cstime of
 * /proc/self/stat, in clock ticks of 10 ms); undefined elsewhere. Unlike wall time, it does not
 * grow when other work loads the machine.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function timed(args) {
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed (${run.status}):\n${run.stderr}`);
  const cpuAfter = childrenCpuMs();
  return { ms, cpuMs: cpuBefore === undefined ? undefined : cpuAfter - cpuBefore, stdout: run.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const repeat = (args) => median(Array.from({ length: RUNS }, () => timed(args).ms));

// The npm package (what `npm pack` would put in the tarball): its size against the budget.
const UNPACKED_BUDGET_BYTES = 3_000_000;
const [pack] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: root, encoding: "utf8" }),
);
const mb = (bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;
console.log(
  `npm package ${pack.filename}: ${pack.entryCount} files, ${mb(pack.size)} packed, ${mb(pack.unpackedSize)} ` +
    `unpacked (budget: under ${mb(UNPACKED_BUDGET_BYTES)} unpacked${pack.unpackedSize < UNPACKED_BUDGET_BYTES ? "" : ": OVER"})\n`,
);

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
const perLinkCpu = [];
// The repository as the first two and the last two links found it, to time those plans again side
// by side once the loop is done (see below).
const snapshots = new Map();
const snapshotAt = new Set([1, 2, LINKS - 1, LINKS].filter((i) => i >= 1));
let bytesWritten = 0;
let filesWritten = 0;
let steps = 0;
for (let i = 1; i <= LINKS; i++) {
  const request = join(work, `link-${i}.yaml`);
  if (snapshotAt.has(i)) {
    const copy = join(work, `before-link-${i}`);
    cpSync(repo, copy, { recursive: true });
    snapshots.set(i, { repo: copy, request });
  }
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
  const { ms, cpuMs, stdout } = timed([
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
  if (cpuMs !== undefined) perLinkCpu.push(cpuMs);
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

// The first and the last links planned again, interleaved, each on the repository as it was before
// it: the loop takes minutes, and what else runs on the machine drifts over that time, so its first
// and last tenths are not timed under the same conditions. Same method at both ends: odd links use
// iam-role, even links bearer-token.
const sideBySide = [];
if (LINKS >= 4 && childrenCpuMs() !== undefined) {
  const plans = [1, 2, LINKS - 1, LINKS].map((i) => ({ i, ...snapshots.get(i), cpu: [] }));
  for (let run = 0; run < RUNS; run++) {
    for (const plan of plans) {
      plan.cpu.push(
        timed([cli, "plan", "--json", "--repo", plan.repo, "--request", plan.request, "--facts", facts])
          .cpuMs,
      );
    }
  }
  const cpu = Object.fromEntries(plans.map((p) => [p.i, median(p.cpu)]));
  sideBySide.push(
    ["iam-role", 1, LINKS % 2 ? LINKS : LINKS - 1],
    ["bearer-token", 2, LINKS % 2 ? LINKS - 1 : LINKS],
  );
  for (const row of sideBySide) row.push(cpu[row[1]], cpu[row[2]]);
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
if (perLinkCpu.length === LINKS) {
  const firstCpu = median(perLinkCpu.slice(0, tenth));
  const lastCpu = median(perLinkCpu.slice(-tenth));
  console.log(
    `CPU time per link (CLI process, not affected by load): median of first ${tenth} ${fmt(firstCpu)}, ` +
      `of last ${tenth} ${fmt(lastCpu)}; link ${LINKS} / link 1: ${(lastCpu / firstCpu).toFixed(2)}x.`,
  );
}

if (sideBySide.length > 0) {
  console.log(
    `\nFirst and last links planned again side by side (${RUNS} interleaved runs each, median CPU time of ` +
      `the CLI process, each on the repository as it was before that link):`,
  );
  let first = 0;
  let last = 0;
  for (const [method, a, b, cpuA, cpuB] of sideBySide) {
    first += cpuA;
    last += cpuB;
    console.log(
      `  ${method.padEnd(13)} link ${a}: ${fmt(cpuA)}, link ${b}: ${fmt(cpuB)}; ` +
        `link ${b} / link ${a}: ${(cpuB / cpuA).toFixed(2)}x`,
    );
  }
  console.log(`  both methods  last two / first two: ${(last / first).toFixed(2)}x (goal: at most 1.30x)`);
  const cpu = Object.fromEntries(
    sideBySide.flatMap(([, a, b, cpuA, cpuB]) => [
      [a, cpuA],
      [b, cpuB],
    ]),
  );
  console.log(`  as numbered   link ${LINKS} / link 1: ${(cpu[LINKS] / cpu[1]).toFixed(2)}x`);
}
if (values["plans-only"]) process.exit(0);

// The Action against the local servers (test code, compiled first).
const build = compileTestServers(root);
const h = await import(join(build, "test", "e2e", "harness.js"));

// Reading a repository (ref, tree, blobs, archive); every other GET is a read of another kind.
const REPO_READS = new Set([
  "repos/get",
  "repos/get-branch",
  "git/get-ref",
  "git/get-tree",
  "git/get-blob",
  "repos/download-tarball-archive",
]);
/** GitHub API calls only: the archive download GitHub redirects to (codeload) is not an API call. */
const apiCalls = (world) => world.github.requests.filter((r) => r.operationId !== undefined);
function measure(world, run, ms) {
  const requests = apiCalls(world);
  const steps = JSON.parse(run.outputs["pull-requests"] || "[]").length;
  const writes = requests.filter((r) => r.method !== "GET").length;
  const repoReads = requests.filter((r) => REPO_READS.has(r.operationId)).length;
  return {
    status: run.outputs.status,
    steps,
    calls: requests.length,
    repoReads,
    otherReads: requests.length - writes - repoReads,
    writes,
    bytesIn: world.github.requests.reduce((a, r) => a + r.bytesIn, 0),
    bytesOut: world.github.requests.reduce((a, r) => a + r.bytesOut, 0),
    aws: world.aws.calls.length,
    ms,
  };
}

/** A first run, a no-op rerun and an `edited` rerun (one more namespace) of one iam-role link. */
async function threeRuns(files) {
  const world = await h.startWorld(files ? { files } : {});
  const issue = h.openLinkIssue(world, h.IAM_REQUEST);
  const runs = [];
  const once = async (action, label) => {
    world.github.resetLog();
    world.aws.calls.length = 0;
    const start = process.hrtime.bigint();
    const run = await h.runAction(world, {
      name: "issues",
      payload: h.issueEvent(world, issue, action, label ? "octo-dev" : undefined, label),
    });
    runs.push(measure(world, run, Number(process.hrtime.bigint() - start) / 1e6));
  };
  await once("opened");
  await once("labeled", "cluster-link");
  world.github.editIssue(h.OWNER, h.REPO, issue, {
    body: renderIssueBody({ ...h.IAM_REQUEST, namespaces: ["demoapps", "extra"] }),
  });
  await once("edited");
  await world.close();
  return runs;
}

const { renderIssueBody } = await import(join(build, "test", "support", "issue-form.js"));
const { referenceSizeRepo } = await import(join(build, "test", "support", "reference-repo.js"));
const reference = referenceSizeRepo(await h.exampleFiles("leverage-2026"));
for (const [title, files] of [
  ["examples/repos/leverage-2026", undefined],
  [`generated reference-size repository (${Object.keys(reference).length} files)`, reference],
]) {
  const [first, rerun, edited] = await threeRuns(files);
  console.log(`\nGitHub Action, iam-role link from an issue, ${title}, local GitHub + AWS servers:\n`);
  const all = [first, rerun, edited];
  const row = (name, f) => [name, ...all.map(f)];
  const table = [
    ["", "first run", "no-op rerun", "edited rerun"],
    row("status", (r) => r.status),
    row("steps", (r) => String(r.steps)),
    row("GitHub API calls", (r) => String(r.calls)),
    row("  reads: the repository (ref, tree, contents)", (r) => String(r.repoReads)),
    row("  reads: other (permission, branches, PRs, comments)", (r) => String(r.otherReads)),
    row("  writes", (r) => String(r.writes)),
    row("writes per step", (r) => (r.writes / r.steps).toFixed(1)),
    row("calls per step, beyond the repository reads", (r) => ((r.calls - r.repoReads) / r.steps).toFixed(1)),
    row("AWS calls (OIDC, STS, EKS)", (r) => String(r.aws)),
    row("bytes sent to GitHub", (r) => String(r.bytesIn)),
    row("bytes received from GitHub", (r) => String(r.bytesOut)),
    row("run time", (r) => fmt(r.ms)),
    row("run time / node -e 0", (r) => ratio(r.ms)),
  ];
  const w0 = Math.max(...table.map((r) => r[0].length));
  for (const [a, ...cells] of table)
    console.log(`${a.padEnd(w0)}  ${cells.map((c, i) => c.padStart(i === 0 ? 10 : 13)).join("")}`);
}

// The token rotation at scale (its own file): 500 bearer-token links in 10 target layers.
const { benchRotation } = await import("./bench-rotation.mjs");
await benchRotation(build, { links: 500, layers: 10 });
