// The status report: one comment per issue (found again by a hidden marker and updated in place)
// and the job summary. Untrusted text (request values, error details) only appears inside code
// spans or code blocks; pull requests are links with an escaped label.

import { createTwoFilesPatch } from "diff";
import type { PreflightCheck } from "../aws/preflight.js";
import { code, codeBlock, escapeMarkdown } from "../core/markdown.js";
import type { FieldError } from "../core/errors.js";
import type { ClusterFacts } from "../facts/types.js";
import type { PublishedStep, PublishResult } from "../github/publisher.js";
import type { NotePart, Plan } from "../plan/types.js";
import type { LinkRequest } from "../request/types.js";
import type { Progress } from "../lifecycle/progress.js";
import { encodeRecord, type LinkRecord } from "../lifecycle/record.js";
import { progressSection, pullRequestLink, verificationSection } from "./progress-report.js";

export const STATUS_MARKER = "<!-- argocd-cluster-link:status -->";

export type RunStatus =
  | "ignored"
  | "denied"
  | "invalid"
  | "blocked"
  | "published"
  | "up-to-date"
  | "dry-run"
  | "partial"
  | "failed"
  /** Every step is merged: apply the last one, then verify. */
  | "merged"
  /** Verified: ArgoCD reaches the cluster. */
  | "linked"
  /** Verified, and something is missing or wrong. */
  | "not-linked";

export interface RunReport {
  status: RunStatus;
  /** One paragraph that says what happened and what to do next. */
  headline: string;
  request?: LinkRequest;
  fieldErrors?: FieldError[];
  /** A multi-line error or hint (layout, AWS, preflight, GitHub). */
  detail?: string;
  facts?: ClusterFacts;
  checks?: PreflightCheck[];
  plan?: Plan;
  published?: PublishResult;
  /** Rotation runs: every bearer-token link and where its rotation stands. */
  rotations?: RotationRow[];
  /** Where the link stands: one row per step and the next thing to do (see lifecycle/progress.ts). */
  progress?: Progress;
  /** What the status comment remembers for later events (hidden in the comment). */
  record?: LinkRecord;
  /** This run's verification (also in the record when there is one). */
  verification?: NonNullable<LinkRecord["verification"]>;
  /**
   * The details (request, cluster, checks, notes) as an earlier run rendered them, kept when this
   * run does not read them again (a merged pull request, `/cluster-link status`).
   */
  kept?: string;
  runUrl: string;
}

/**
 * A bearer-token link in a rotation run: `current` (younger than rotate-after-days), `due` (not
 * published: a dry run or a run stopped early), `rotation-open` (its pull request was opened or
 * updated now), `waiting` (its pull request was already open as it is: merge and apply it), or
 * `cannot-rotate` (its file was edited beyond recognition; `reason` says how).
 */
export interface RotationRow {
  link: string;
  state: "current" | "due" | "rotation-open" | "waiting" | "cannot-rotate";
  "age-days": number | null;
  "pull-request": { repository: string; number: number; url: string } | null;
  reason?: string;
}

const TITLES: Record<RunStatus, string> = {
  ignored: "Ignored",
  denied: "Not allowed",
  invalid: "The request needs changes",
  blocked: "Cannot link yet",
  published: "Pull requests open",
  "up-to-date": "Nothing left to change",
  "dry-run": "Dry run: nothing was written",
  partial: "Some steps need attention",
  failed: "Failed",
  merged: "Every step is merged",
  linked: "Linked: ArgoCD reaches the cluster",
  "not-linked": "Not linked yet",
};

const CHECK_ICON = { pass: "✅", warn: "⚠️", fail: "❌" } as const;

/** A code span inside a table cell: GFM splits cells at `|` even inside code spans. */
const cell = (text: string): string => code(text).replace(/\|/g, "\\|");

function requestTable(req: LinkRequest): string[] {
  const rows: [string, string][] = [
    ["source-account", req.sourceAccount],
    ["target-account", req.targetAccount],
    ["target-region", req.targetRegion],
    ["target-cluster", req.targetCluster],
    ["method", req.method],
    ["access", req.access],
    ["namespaces", req.namespaces.length ? req.namespaces.join(", ") : "(cluster-wide)"],
    ["cluster-resources", String(req.clusterResources)],
    ["argocd-cluster-name", req.argocdClusterName],
  ];
  if (req.argocdInstance) rows.push(["argocd-instance", req.argocdInstance]);
  if (req.dedicatedInstance) rows.push(["dedicated-instance", "true"]);
  if (req.readBeyondAccess) rows.push(["read-beyond-access", "true"]);
  for (const [k, v] of Object.entries(req.labels)) rows.push([`labels`, `${k}=${v}`]);
  for (const [key, value] of [
    ["argocd-layer", req.argocdLayer],
    ["target-cluster-layer", req.targetClusterLayer],
    ["target-rbac-layer", req.targetRbacLayer],
  ] as const) {
    if (value) rows.push([key, value]);
  }
  return ["| key | value |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)];
}

function clusterSection(facts: ClusterFacts): string[] {
  return [
    "### Target cluster",
    "",
    `- API server: ${code(facts.endpoint)}`,
    `- ARN: ${code(facts.arn)}`,
    `- Kubernetes ${code(facts.version ?? "unknown")}, authentication mode ${code(facts.authenticationMode)}`,
    `- CA: SHA-256 ${code(facts.ca.fingerprint256)}, subject ${code(facts.ca.subject)}, expires ${code(facts.ca.notAfter)}`,
    "",
    "<details><summary>CA certificate (base64, as ArgoCD's <code>caData</code>)</summary>",
    "",
    codeBlock(facts.caData),
    "",
    "</details>",
  ];
}

function checksSection(checks: PreflightCheck[]): string[] {
  return [
    "### Preflight checks",
    "",
    "| | check | result |",
    "|---|---|---|",
    ...checks.map(
      (c) =>
        `| ${CHECK_ICON[c.status]} | ${cell(c.id)} | ${escapeMarkdown(c.summary)}${c.action ? `<br>${escapeMarkdown(c.action)}` : ""} |`,
    ),
  ];
}

/** Characters of diffs one report shows: a job summary holds 1 MiB, and the report has more to say. */
const DIFF_BUDGET = 200_000;

/** Each file of a step as a unified diff, collapsed per file, for a dry run's reviewer. */
function fileDiffs(step: Plan["steps"][number], budget: { left: number }): string[] {
  return step.files.flatMap((f) => {
    const summary = `<summary>${f.action === "create" ? "create" : "update"} <code>${escapeHtml(f.path)}</code></summary>`;
    const before = f.action === "create" ? "/dev/null" : `a/${f.path}`;
    const patch = createTwoFilesPatch(before, `b/${f.path}`, f.previous ?? "", f.content, "", "").trimEnd();
    const shown =
      patch.length <= budget.left
        ? codeBlock(patch, "diff")
        : `The diff (${patch.length} characters) is left out to keep the report readable; the CLI's \`plan\` prints it.`;
    budget.left -= Math.min(patch.length, budget.left);
    return ["", `   <details>${summary}`, "", ...indent(shown), "", "   </details>"];
  });
}

const indent = (block: string): string[] => block.split("\n").map((line) => (line ? `   ${line}` : line));

/** Text inside HTML (a <summary>): paths are validated, but nothing is taken on trust. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A pull request as a link people can click, or the repository when there is none. */
function pullLink(pub: PublishedStep | undefined): string {
  if (!pub) return code("not published");
  if (!pub.pull) return code(pub.repository);
  return pullRequestLink(pub.repository, pub.pull);
}

function stepsSection(report: RunReport): string[] {
  const plan = report.plan!;
  const published = report.published?.steps ?? [];
  const lines = ["### Pull requests, in apply order", ""];
  const budget = { left: DIFF_BUDGET };
  for (const [index, step] of plan.steps.entries()) {
    // Published in plan order (a failure stops the list early).
    const pub = published[index];
    const state = pub ? ` (${pub.outcome}${pub.detail ? `: ${pub.detail}` : ""})` : "";
    // A hard line break (`\`): the job summary, unlike a comment, joins lines into one paragraph.
    lines.push(
      `${step.number}. ${pullLink(pub)} ${escapeMarkdown(step.title)}${state}\\`,
      `   then: ${step.apply.map(code).join(", ")}`,
    );
    // Nothing is on GitHub to review in a dry run: the report carries the changes themselves.
    if (report.status === "dry-run") lines.push(...fileDiffs(step, budget));
  }
  if (plan.upToDate.length > 0) lines.push("", `Already merged: ${plan.upToDate.map(code).join(", ")}.`);
  for (const closed of report.published?.closed ?? []) {
    // Named with its repository: `#N` alone would be an issue of the repository the report is in.
    lines.push(`- closed ${closed.repository}#${closed.number}: ${closed.reason}`);
  }
  if (plan.notes.length > 0)
    lines.push("", "**Notes**", ...plan.notes.map((n, i) => `- ${noteMarkdown(n, plan.noteParts?.[i])}`));
  return lines;
}

/**
 * A plan note as a sentence: its prose escaped, only the values it quotes as code. Without parts
 * (or parts that do not spell the note), the whole note is escaped prose.
 */
function noteMarkdown(text: string, parts: readonly NotePart[] | undefined): string {
  if (!parts || parts.map((p) => p.text).join("") !== text) return escapeMarkdown(text);
  return parts.map((p) => (p.value ? code(p.text) : escapeMarkdown(p.text))).join("");
}

const ROTATION_STATE: Record<RotationRow["state"], string> = {
  current: "current",
  due: "due",
  "rotation-open": "rotation open",
  waiting: "waiting: rotation open, not merged yet",
  "cannot-rotate": "cannot rotate",
};

export function rotationsSection(rows: RotationRow[]): string[] {
  return [
    "### Bearer-token links",
    "",
    "| link | token age | state |",
    "|---|---|---|",
    ...rows.map((r) => {
      const pull = r["pull-request"] ? ` in ${r["pull-request"].repository}#${r["pull-request"].number}` : "";
      const why = r.reason ? `: ${cell(r.reason)}` : "";
      const age = r["age-days"] === null ? "unknown" : `${r["age-days"]} days`;
      return `| ${cell(r.link)} | ${age} | ${ROTATION_STATE[r.state]}${pull}${why} |`;
    }),
  ];
}

const DETAILS_START = "<!-- argocd-cluster-link:details -->";
const DETAILS_END = "<!-- argocd-cluster-link:details-end -->";

/** The details region of an earlier status comment, kept as it was rendered. */
export function keptDetails(comment: string): string | undefined {
  const start = comment.indexOf(DETAILS_START);
  const end = comment.indexOf(DETAILS_END, start);
  if (start < 0 || end < 0) return undefined;
  return comment.slice(start, end + DETAILS_END.length);
}

/** The request, cluster, checks and notes folded away under the progress: reference, not the main screen. */
function detailsRegion(report: RunReport): string[] {
  if (report.kept && !report.request && !report.facts && !report.checks?.length && !report.plan)
    return [report.kept];
  const inner: string[] = [];
  if (report.request) inner.push("### Request", "", ...requestTable(report.request), "");
  if (report.facts) inner.push(...clusterSection(report.facts), "");
  if (report.checks?.length) inner.push(...checksSection(report.checks), "");
  const plan = report.plan;
  if (plan?.notes.length)
    inner.push("### Notes", "", ...plan.notes.map((n, i) => `- ${noteMarkdown(n, plan.noteParts?.[i])}`), "");
  for (const closed of report.published?.closed ?? []) {
    inner.push(`- closed ${closed.repository}#${closed.number}: ${closed.reason}`);
  }
  if (inner.length === 0) return [];
  return [
    DETAILS_START,
    "<details><summary>Request, target cluster, checks and notes</summary>",
    "",
    ...inner,
    "",
    "</details>",
    DETAILS_END,
  ];
}

const COMMANDS =
  "`/cluster-link status` · `/cluster-link retry` · `/cluster-link verify` · `/cluster-link help`";

/** The Markdown of the report, used for the issue comment (with the marker) and the job summary. */
export function renderReport(report: RunReport): string {
  const lines = [`## argocd-cluster-link: ${TITLES[report.status]}`, "", report.headline, ""];
  if (report.fieldErrors?.length) {
    lines.push(
      "### Invalid fields",
      "",
      ...report.fieldErrors.map((e) => `- ${code(e.field)}: ${code(e.message)} (got ${code(e.value)})`),
      "",
    );
  }
  if (report.detail) lines.push(codeBlock(report.detail), "");
  const verification = report.verification ?? report.record?.verification;
  if (verification) lines.push(...verificationSection(verification), "");
  if (report.progress) {
    const notes = new Map(
      (report.published?.steps ?? [])
        .filter((p) => p.detail || (p.outcome !== "created" && p.outcome !== "unchanged"))
        .map((p) => [p.step, `${p.outcome}${p.detail ? `: ${p.detail}` : ""}`] as const),
    );
    lines.push(...progressSection(report.progress, notes, report.status === "linked"), "");
    const details = detailsRegion(report);
    if (details.length > 0) lines.push(...details, "");
  } else {
    if (report.request) lines.push("### Request", "", ...requestTable(report.request), "");
    if (report.facts) lines.push(...clusterSection(report.facts), "");
    if (report.checks?.length) lines.push(...checksSection(report.checks), "");
    if (report.plan) lines.push(...stepsSection(report), "");
  }
  if (report.rotations?.length) lines.push(...rotationsSection(report.rotations), "");
  const footer = `<sub>[workflow run](${encodeURI(report.runUrl)})`;
  lines.push(report.record ? `${footer} · commands: ${COMMANDS}</sub>` : `${footer}</sub>`);
  return lines.join("\n") + "\n";
}

export function renderComment(report: RunReport): string {
  return `${STATUS_MARKER}\n${report.record ? `${encodeRecord(report.record)}\n` : ""}${renderReport(report)}`;
}
