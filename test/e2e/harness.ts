// Runs the Action against the local GitHub and AWS servers with the environment a GitHub runner
// gives it: in process (runAction: the same wiring as src/action/main.ts, so coverage sees the code)
// or as the BUILT bundle dist/index.js in a child process (runBuiltAction, for a few smoke tests).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidInputError } from "../../src/core/errors.js";
import { replaceInvisible } from "../../src/core/text.js";
import { readContext } from "../../src/action/event.js";
import { readInputs } from "../../src/action/inputs.js";
import { runAction as runActionFlow } from "../../src/action/run.js";
import { createClient } from "../../src/github/client.js";
import { FolderRepo } from "../../src/repo/reader.js";
import { assertFreshBundle } from "../support/bundle.js";
import { fakeCluster, startFakeAws, type FakeAws, type FakeAwsOptions } from "./fake-aws/index.js";
import { startFakeGitHub, type FakeGitHub } from "./fake-github/index.js";
import { renderIssueBody, type Answers } from "../support/issue-form.js";
import { EXAMPLES, ROOT } from "../support/cases.js";

export const ACTION = join(ROOT, "dist", "index.js");
export const OWNER = "octo-org";
export const REPO = "infra";
export const BOT_TOKEN = "ghs_test";

/** Account ids of examples/repos/leverage-2026 (config/common.tfvars). */
export const SHARED_ID = "622335794160";
export const DEVSTG_ID = "624557916382";
export const TARGET = "acme-apps-devstg-k8s-eks-demoapps";
export const LOOKUP_ROLE = `arn:aws:iam::${DEVSTG_ID}:role/argocd-cluster-link-lookup`;
export const SUB = `repo:${OWNER}/${REPO}:ref:refs/heads/main`;

export async function exampleFiles(name: string): Promise<Record<string, string>> {
  const folder = new FolderRepo(join(EXAMPLES, "repos", name));
  const files: Record<string, string> = {};
  for (const path of await folder.listFiles()) files[path] = (await folder.readFile(path))!;
  return files;
}

export interface World {
  github: FakeGitHub;
  aws: FakeAws;
  dir: string;
  /** The runs' clock (token rotation ages); the system clock when unset. */
  now?: Date;
  close(): Promise<void>;
}

export interface WorldOptions {
  files?: Record<string, string>;
  /** More repositories, e.g. for accounts that live elsewhere. */
  repos?: { name: string; files: Record<string, string> }[];
  permissions?: Record<string, "admin" | "maintain" | "write" | "triage" | "read" | "none">;
  aws?: Partial<FakeAwsOptions>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const github = await startFakeGitHub({
    repos: [
      { owner: OWNER, name: REPO, files: options.files ?? (await exampleFiles("leverage-2026")) },
      ...(options.repos ?? []).map((r) => ({ owner: OWNER, name: r.name, files: r.files })),
    ],
    permissions: options.permissions ?? { "octo-dev": "write", "octo-admin": "admin", "octo-reader": "read" },
    token: BOT_TOKEN,
  });
  const aws = await startFakeAws({
    trust: [
      { roleArn: LOOKUP_ROLE, audience: "sts.amazonaws.com", subjectPatterns: [`repo:${OWNER}/${REPO}:*`] },
    ],
    clusters: {
      [DEVSTG_ID]: [
        fakeCluster({ name: TARGET, accountId: DEVSTG_ID, authenticationMode: "API_AND_CONFIG_MAP" }),
      ],
    },
    run: { repository: `${OWNER}/${REPO}`, ref: "refs/heads/main", eventName: "issues", sub: SUB },
    ...options.aws,
  });
  const dir = mkdtempSync(join(tmpdir(), "argocd-cluster-link-e2e-"));
  return {
    github,
    aws,
    dir,
    close: async () => {
      await Promise.all([github.close(), aws.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const IAM_REQUEST: Answers = {
  "source-account": "shared",
  "target-account": "apps-devstg",
  "target-region": "us-east-1",
  "target-cluster": TARGET,
  method: "iam-role",
  access: "edit",
  namespaces: ["demoapps"],
  "argocd-cluster-name": "demoapps",
};

export const BEARER_REQUEST: Answers = {
  ...IAM_REQUEST,
  method: "bearer-token",
  access: "view",
  namespaces: [],
  "argocd-cluster-name": "demoapps-readonly",
};

export function openLinkIssue(world: World, answers: Answers, user = "octo-dev"): number {
  return world.github.openIssue(OWNER, REPO, {
    title: "[link cluster]: demoapps",
    body: renderIssueBody(answers),
    user,
    labels: ["cluster-link"],
  });
}

/** The `issues` event payload GitHub would send for the issue as it is now. */
export function issueEvent(world: World, number: number, action: string, sender?: string, label?: string) {
  const issue = world.github.repo(OWNER, REPO).issues.find((i) => i.number === number)!;
  return {
    action,
    issue: {
      number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      user: { login: issue.user },
      labels: issue.labels.map((name) => ({ name })),
    },
    ...(label ? { label: { name: label } } : {}),
    sender: { login: sender ?? issue.user },
    repository: {
      full_name: `${OWNER}/${REPO}`,
      name: REPO,
      owner: { login: OWNER },
      default_branch: "main",
    },
  };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks written by @actions/core). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join("\n");
  }
  return outputs;
}

let runs = 0;

/** The files and environment of one run, as a runner prepares them for a job step. */
function prepareRun(
  world: World,
  event: { name: string; payload: unknown },
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
) {
  const n = ++runs;
  const eventPath = join(world.dir, `event-${n}.json`);
  const outputPath = join(world.dir, `output-${n}`);
  const summaryPath = join(world.dir, `summary-${n}.md`);
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const inputEnv = Object.fromEntries(
    Object.entries({ "github-token": BOT_TOKEN, "api-write-interval-ms": "0", ...inputs }).map(([k, v]) => [
      `INPUT_${k.toUpperCase()}`,
      v,
    ]),
  );
  const jobEnv: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: world.dir,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_API_URL: world.github.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: String(1000 + n),
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTOR: "octo-dev",
    GITHUB_WORKSPACE: world.dir,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: world.dir,
    AWS_EC2_METADATA_DISABLED: "true",
    ...world.aws.env(),
    ...inputEnv,
  };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete jobEnv[key];
    else jobEnv[key] = value;
  }
  return { jobEnv, outputPath, summaryPath };
}

/** Variables of the test process that would leak into an in-process run (the child gets only jobEnv). */
const JOB_VARIABLE = /^(AWS_|ACTIONS_|GITHUB_|INPUT_|RUNNER_)|^(https?_proxy|no_proxy)$/i;

/**
 * Sets process.env to `jobEnv` for the variables a job reads (the AWS SDK reads its endpoints and
 * credentials from process.env) and restores it afterwards. Tests in a file run one at a time.
 */
async function withJobEnv<T>(jobEnv: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (JOB_VARIABLE.test(key)) delete process.env[key];
  for (const [key, value] of Object.entries(jobEnv)) if (JOB_VARIABLE.test(key)) process.env[key] = value;
  try {
    return await run();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** What @actions/core's getIDToken does: GET the runner's token URL with the audience appended. */
async function fetchOidcToken(jobEnv: Record<string, string>, audience: string): Promise<string> {
  const url = jobEnv.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = jobEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  // The same messages as @actions/core, which src/aws/credentials.ts recognizes.
  if (!url) throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
  if (!token) throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
  const response = await fetch(`${url}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${token}`, accept: "application/json" },
  });
  if (!response.ok) throw new Error(`Failed to get ID Token. Response code: ${response.status}`);
  const { value } = (await response.json()) as { value?: string };
  if (!value) throw new Error("Response json body do not have ID Token field");
  return value;
}

/**
 * Runs the Action in this process, wired like src/action/main.ts but with the runner's files and
 * commands (outputs, summary, masking, failure) captured: `code` is 1 when it called setFailed.
 */
export async function runAction(
  world: World,
  event: { name: string; payload: unknown },
  inputs: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  const { jobEnv } = prepareRun(world, event, inputs, env);
  const out: string[] = [];
  const outputs: Record<string, string> = {};
  let summary = "";
  let failed = false;
  // As main.ts and core.setFailed: invisible characters shown as U+FFFD, then the message escaped
  // into one `::error::` workflow command line.
  const fail = (message: string) => {
    failed = true;
    const shown = replaceInvisible(message, { keepNewlines: true });
    out.push(`::error::${shown.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}`);
  };
  await withJobEnv(jobEnv, async () => {
    try {
      const actionInputs = readInputs(
        (name) => jobEnv[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "",
      );
      const ctx = readContext(jobEnv);
      const github = createClient({
        token: actionInputs.token,
        baseUrl: ctx.apiUrl,
        writeIntervalMs: actionInputs.writeIntervalMs,
        maxRateLimitWaitSeconds: actionInputs.maxRateLimitWaitSeconds,
        log: (line) => out.push(`::warning::${line}`),
      });
      await runActionFlow(actionInputs, ctx, github, {
        info: (line) => out.push(line),
        warning: (line) => out.push(`::warning::${line}`),
        setOutput: (name, value) => (outputs[name] = value),
        setSecret: (value) => out.push(`::add-mask::${value}`),
        setFailed: fail,
        writeSummary: async (markdown) => void (summary += markdown),
        getIdToken: (audience) => fetchOidcToken(jobEnv, audience),
        workspace: jobEnv.GITHUB_WORKSPACE ?? world.dir,
        ...(world.now ? { now: () => world.now! } : {}),
      });
    } catch (error) {
      // As main.ts: invalid inputs are the user's to fix, anything else is a bug.
      if (error instanceof InvalidInputError) fail(error.message);
      else
        fail(
          `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
    }
  });
  return { code: failed ? 1 : 0, stdout: out.join("\n"), stderr: "", outputs, summary };
}

/** Runs the built bundle dist/index.js as a child process, like a GitHub runner does. */
export async function runBuiltAction(
  world: World,
  event: { name: string; payload: unknown },
  inputs: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  assertFreshBundle(ACTION);
  const { jobEnv, outputPath, summaryPath } = prepareRun(world, event, inputs, env);
  const child = spawn(process.execPath, [ACTION], { env: jobEnv, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, "utf8")),
    summary: readFileSync(summaryPath, "utf8"),
  };
}

/** The `issue_comment` `created` payload for a comment that is on an issue now. */
export function commentEvent(world: World, issue: number, commentId: number, repoName = REPO) {
  const state = world.github.repo(OWNER, repoName);
  const comment = state.comments(issue).find((c) => c.id === commentId)!;
  const base = issueEvent(world, issue, "created", comment.user);
  return {
    ...base,
    comment: {
      id: comment.id,
      body: comment.body,
      user: { login: comment.user, type: comment.userType },
    },
  };
}

/** The `pull_request` `closed` payload GitHub sends once a pull request is merged or closed. */
export function pullClosedEvent(world: World, number: number, repoName = REPO) {
  const pull = world.github.repo(OWNER, repoName).pulls.find((p) => p.number === number)!;
  return {
    action: "closed",
    number,
    pull_request: {
      number,
      state: "closed",
      merged: pull.merged,
      user: { login: pull.user, type: pull.user.endsWith("[bot]") ? "Bot" : "User" },
      head: {
        ref: pull.head,
        sha: pull.headSha,
        repo: { full_name: pull.headRepo ?? `${OWNER}/${repoName}` },
      },
      base: { ref: pull.base },
    },
    sender: { login: "octo-admin" },
    repository: {
      full_name: `${OWNER}/${repoName}`,
      name: repoName,
      owner: { login: OWNER },
      default_branch: "main",
    },
  };
}
