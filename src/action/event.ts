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

export type Trigger =
  | IssueTrigger
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

function readTrigger(name: string, payload: Record<string, unknown>, actor: string): Trigger {
  if (name === "issues") {
    const issue = (payload.issue ?? {}) as Record<string, unknown>;
    const labels = Array.isArray(issue.labels)
      ? issue.labels.map((l) => str((l as Record<string, unknown> | null)?.name)).filter(Boolean)
      : [];
    const number = Number(issue.number);
    if (!Number.isInteger(number) || number <= 0)
      throw new Error("The issues event payload has no issue number.");
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
