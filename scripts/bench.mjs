// Benchmark of the built CLI, measured against this machine's `node -e 0` in the same run:
//   - cold start (`--help`),
//   - planning one link (the guide's iam-role example),
//   - 200 links planned and merged one after another into one repository (each plan reads the
//     files the previous links grew), total and per link, plus how the last plans compare with
//     the first ones.
// Usage: npm run bench [-- --links N --runs N --keep]
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    links: { type: "string", default: "200" },
    runs: { type: "string", default: "15" },
    // Keep the grown repository (and print its path) to profile a plan against it.
    keep: { type: "boolean", default: false },
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
