// The link's record: what the status comment must remember between runs so that a later event (a
// merged pull request, a `/cluster-link` command) can show the progress without planning again.
// It rides in the comment as one hidden HTML comment holding base64 JSON (base64 never contains
// `--`, so it cannot close the HTML comment). It is read back as untrusted: a maintainer can edit
// the bot's comment, so every field is checked before use.

import { LINK_STEP_IDS, UNLINK_STEP_IDS } from "../steps/registry.js";

export const RECORD_MARKER = "argocd-cluster-link:record";

/** One step of the link's full sequence, in apply order. */
export interface RecordStep {
  id: string;
  /** 1-based position in the full sequence, and its length. */
  number: number;
  total: number;
  /** What the step does (the pull request title without its prefix). */
  summary: string;
  account: string;
  /** `owner/repo` the step's pull request is (or would be) in. */
  repository: string;
  /** The branch its pull request targets: a merge into another branch does not apply the step. */
  base?: string;
  pull?: { number: number; url: string };
  /** True when the step was already in the base branch when it was planned (no pull request). */
  inBase?: boolean;
  /** The commands to run once merged. */
  apply: string[];
}

/** One verification check as it was last run (see verify/checks.ts). */
export interface RecordCheck {
  check: string;
  result: "pass" | "fail" | "skip";
  detail: string;
}

export interface LinkRecord {
  v: 1;
  kind: "link" | "unlink";
  /** The link id (argocd-cluster-name). */
  link: string;
  steps: RecordStep[];
  /** The last verification, when one ran. */
  verification?: { at: string; checks: RecordCheck[] };
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const PULL_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._/-]+$/;
/** One line of printable text: no control characters (code points below 32, or 127). */
const isLine = (v: string) => ![...v].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127);
const STEP_IDS = new Set<string>([...LINK_STEP_IDS, ...UNLINK_STEP_IDS]);

export function encodeRecord(record: LinkRecord): string {
  return `<!-- ${RECORD_MARKER} ${Buffer.from(JSON.stringify(record), "utf8").toString("base64")} -->`;
}

/** The record in a status comment's text, or undefined when there is none or it does not check out. */
export function decodeRecord(text: string): LinkRecord | undefined {
  const match = new RegExp(`<!-- ${RECORD_MARKER} ([A-Za-z0-9+/=]{1,200000}) -->`).exec(text);
  if (!match) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(match[1]!, "base64").toString("utf8"));
  } catch {
    return undefined;
  }
  return checkRecord(value);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max && isLine(v);
const count = (v: unknown): v is number =>
  Number.isSafeInteger(v) && (v as number) > 0 && (v as number) < 1e9;

function checkStep(v: unknown): RecordStep | undefined {
  if (!isObject(v)) return undefined;
  if (!text(v.id, 40) || !STEP_IDS.has(v.id)) return undefined;
  if (!count(v.number) || !count(v.total) || v.number > v.total || v.total > 20) return undefined;
  if (!text(v.summary, 300) || !text(v.account, 64) || !text(v.repository, 141)) return undefined;
  if (!REPOSITORY.test(v.repository)) return undefined;
  if (!Array.isArray(v.apply) || v.apply.length > 10 || !v.apply.every((a) => text(a, 500))) return undefined;
  const step: RecordStep = {
    id: v.id,
    number: v.number,
    total: v.total,
    summary: v.summary,
    account: v.account,
    repository: v.repository,
    apply: v.apply as string[],
  };
  if (v.pull !== undefined) {
    if (!isObject(v.pull) || !count(v.pull.number) || !text(v.pull.url, 300) || !PULL_URL.test(v.pull.url))
      return undefined;
    // The URL is the pull request's own page on the GitHub host, nothing else.
    if (!v.pull.url.endsWith(`/${v.repository}/pull/${v.pull.number}`)) return undefined;
    step.pull = { number: v.pull.number, url: v.pull.url };
  }
  if (v.inBase === true) step.inBase = true;
  if (v.base !== undefined) {
    if (!text(v.base, 250) || !/^[\w./-]+$/.test(v.base)) return undefined;
    step.base = v.base;
  }
  return step;
}

function checkVerification(v: unknown): LinkRecord["verification"] | undefined {
  if (!isObject(v) || !text(v.at, 40) || !Array.isArray(v.checks) || v.checks.length > 50) return undefined;
  const checks: RecordCheck[] = [];
  for (const c of v.checks) {
    if (!isObject(c) || !text(c.check, 80) || !text(c.detail, 2000)) return undefined;
    if (c.result !== "pass" && c.result !== "fail" && c.result !== "skip") return undefined;
    checks.push({ check: c.check, result: c.result, detail: c.detail });
  }
  return { at: v.at, checks };
}

export function checkRecord(value: unknown): LinkRecord | undefined {
  if (!isObject(value) || value.v !== 1) return undefined;
  if (value.kind !== "link" && value.kind !== "unlink") return undefined;
  if (!text(value.link, 63) || !DNS_LABEL.test(value.link)) return undefined;
  if (!Array.isArray(value.steps) || value.steps.length === 0 || value.steps.length > 20) return undefined;
  const steps: RecordStep[] = [];
  for (const raw of value.steps) {
    const step = checkStep(raw);
    if (!step) return undefined;
    steps.push(step);
  }
  const record: LinkRecord = { v: 1, kind: value.kind, link: value.link, steps };
  // A verification that does not check out is dropped; the steps are what later runs need.
  const verification = value.verification === undefined ? undefined : checkVerification(value.verification);
  if (verification) record.verification = verification;
  return record;
}
