// Cold start of the built Action: a run that stops at input validation, in an empty environment
// (only PATH: variables like NODE_EXTRA_CA_CERTS add tens of milliseconds to every start), against
// `node -e 0` and, when given, another Action's bundle (e.g. configure-aws-credentials' dist/index.js),
// timed alternately so that machine load hits all of them alike.
import { spawnSync } from "node:child_process";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.error) throw run.error;
  return { ms, stdout: run.stdout, status: run.status };
}

/**
 * Paired medians over `runs` rounds. Returns rows [name, median ms]; the first row is `node -e 0`.
 * Checks that our bundle did stop at input validation (exit code 1 and the `::error::` line).
 */
export function benchColdStart({ action, compare, runs }) {
  const probe = timeOnce([action]);
  if (probe.status !== 1 || !probe.stdout.includes("::error::"))
    throw new Error(`${action} did not stop at input validation:\n${probe.stdout}`);
  const subjects = [
    ["node -e 0", ["-e", "0"]],
    ["Action cold start (empty env, stops at input validation)", [action]],
    ...(compare ? [[`other Action: ${compare}`, [compare]]] : []),
  ];
  for (const [, args] of subjects) timeOnce(args); // warm the file cache
  const samples = subjects.map(() => []);
  for (let i = 0; i < runs; i++) subjects.forEach(([, args], j) => samples[j].push(timeOnce(args).ms));
  return subjects.map(([name], j) => [name, median(samples[j])]);
}

/** The section bench.mjs prints. */
export function printColdStart(rows) {
  const [baseline, ours, other] = rows;
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log("\nCold start, paired runs, medians:\n");
  for (const [name, ms] of rows)
    console.log(
      `${name.padEnd(width)}  ${ms.toFixed(1).padStart(8)} ms  ${(ms / baseline[1]).toFixed(2).padStart(6)}x node -e 0`,
    );
  if (other)
    console.log(`\nAction / other Action: ${(ours[1] / other[1]).toFixed(2)}x (goal: at most 1.00x)`);
}
