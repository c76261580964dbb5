// What started the run, from the runner's GITHUB_EVENT_NAME and the event payload file. Only the
// fields the Action uses are read, and each is checked before use: the payload carries user input.

import { readFileSync } from "node:fs";

export interface IssueTrigger {
  kind: "issue";
  action: string;
  number: number;
  title: string;
  body: string;
  author: string;
  /** Who made the change that triggered the run (for `edited`, the editor). */
  sender: string;
  labels: string[];
  /** The label just added, for `labeled`. */
  labelAdded?: string;
  state: string;
}

/** A pull request closed (merged or not): the Action ticks off the step it belongs to. */
export interface PullClosedTrigger {
  kind: "pull";
  action: string;
  number: number;
  merged: boolean;
  /** The head branch and the repository it lives in (`owner/repo`; empty for a deleted fork). */
  headRef: string;
  headRepo: string;
  headSha: string;
  /** Who opened the pull request, and whether GitHub marks that account as a bot. */
  author: string;
  authorType: string;
}

/** A comment created on an issue: a `/cluster-link` command, or anything else (ignored). */
export interface CommentTrigger {
  kind: "comment";
  action: string;
  /** The issue the comment is on, as in the payload (title, body and labels as of the event). */
  issue: IssueTrigger;
  /** True when the "issue" is a pull request. */
  onPullRequest: boolean;
  commentId: number;
  commentBody: string;
  commenter: string;
  commenterType: string;
}

export type Trigger =
  | IssueTrigger
  | PullClosedTrigger
  | CommentTrigger
  | { kind: "dispatch"; inputs: Record<string, string>; actor: string }
  | { kind: "schedule" }
  | { kind: "other"; name: string };

export interface RunContext {
  owner: string;
  repo: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  /** The repository's default branch, when the event payload carries it (saves an API call). */
  defaultBranch?: string;
  trigger: Trigger;
}

const str = (value: unknown): string => (typeof value === "string" ? value : "");

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner = "", repo = ""] = str(env.GITHUB_REPOSITORY).split("/");
  if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set: run this inside GitHub Actions.");
  const name = str(env.GITHUB_EVENT_NAME);
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
  }
  return {
    owner,
    repo,
    runId: str(env.GITHUB_RUN_ID) || "local",
    runAttempt: str(env.GITHUB_RUN_ATTEMPT) || "1",
    serverUrl: (str(env.GITHUB_SERVER_URL) || "https://github.com").replace(/\/+$/, ""),
    apiUrl: (str(env.GITHUB_API_URL) || "https://api.github.com").replace(/\/+$/, ""),
    ...(str((payload.repository as Record<string, unknown> | undefined)?.default_branch)
      ? { defaultBranch: str((payload.repository as Record<string, unknown>).default_branch) }
      : {}),
    trigger: readTrigger(name, payload, str(env.GITHUB_ACTOR)),
  };
}

function readIssue(payload: Record<string, unknown>, actor: string, event: string): IssueTrigger {
  const issue = (payload.issue ?? {}) as Record<string, unknown>;
  const labels = Array.isArray(issue.labels)
    ? issue.labels.map((l) => str((l as Record<string, unknown> | null)?.name)).filter(Boolean)
    : [];
  const number = Number(issue.number);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`The ${event} event payload has no issue number.`);
  return {
    kind: "issue",
    action: str(payload.action),
    number,
    title: str(issue.title),
    body: str(issue.body),
    author: str((issue.user as Record<string, unknown> | undefined)?.login),
    sender: str((payload.sender as Record<string, unknown> | undefined)?.login) || actor,
    labels,
    ...(payload.label ? { labelAdded: str((payload.label as Record<string, unknown>).name) } : {}),
    state: str(issue.state) || "open",
  };
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};

function readTrigger(name: string, payload: Record<string, unknown>, actor: string): Trigger {
  if (name === "issues") return readIssue(payload, actor, "issues");
  if (name === "issue_comment") {
    const comment = record(payload.comment);
    const user = record(comment.user);
    const id = Number(comment.id);
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new Error("The issue_comment event payload has no comment id.");
    return {
      kind: "comment",
      action: str(payload.action),
      issue: readIssue(payload, actor, "issue_comment"),
      onPullRequest: record(payload.issue).pull_request !== undefined,
      commentId: id,
      commentBody: str(comment.body),
      commenter: str(user.login),
      commenterType: str(user.type),
    };
  }
  if (name === "pull_request" || name === "pull_request_target") {
    const pull = record(payload.pull_request);
    const head = record(pull.head);
    const number = Number(pull.number);
    if (!Number.isInteger(number) || number <= 0)
      throw new Error(`The ${name} event payload has no pull request number.`);
    return {
      kind: "pull",
      action: str(payload.action),
      number,
      merged: pull.merged === true,
      headRef: str(head.ref),
      headRepo: str(record(head.repo).full_name),
      headSha: str(head.sha),
      author: str(record(pull.user).login),
      authorType: str(record(pull.user).type),
    };
  }
  if (name === "workflow_dispatch") {
    const raw = (payload.inputs ?? {}) as Record<string, unknown>;
    const inputs: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === "string" || typeof value === "boolean" || typeof value === "number")
        inputs[key] = String(value);
    }
    // The person who started the run: sender in the payload (GITHUB_ACTOR as a fallback).
    const sender = str((payload.sender as Record<string, unknown> | undefined)?.login);
    return { kind: "dispatch", inputs, actor: sender || actor };
  }
  if (name === "schedule") return { kind: "schedule" };
  return { kind: "other", name };
}

/** Issue actions that (re)submit a request. */
export const ISSUE_ACTIONS = ["opened", "edited", "reopened", "labeled"];
