// The status comment's main screen once pull requests exist: one line per step in apply order
// (merged, open, closed), the next thing to do, out-of-order warnings, and the last verification.
// Values (logins, commands, repositories) are code spans or escaped; the sentences are ours.

import { code, escapeMarkdown } from "../core/markdown.js";
import type { NextAction, Progress, ProgressRow } from "../lifecycle/progress.js";
import type { RecordCheck, RecordStep } from "../lifecycle/record.js";

/**
 * A pull request as a Markdown link labelled `owner/repo#N`. GitHub names hold only [A-Za-z0-9._-];
 * anything else is shown escaped, with the address beside it. Parentheses are percent-encoded so
 * the address cannot end the link early.
 */
export function pullRequestLink(repository: string, pull: { number: number; url: string }): string {
  const label = `${repository}#${pull.number}`;
  const url = encodeURI(pull.url).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29"));
  if (!/^[\w.-]+\/[\w.-]+#\d+$/.test(label)) return `${escapeMarkdown(label)} (${url})`;
  return `[${label}](${url})`;
}

const pullLabel = (step: RecordStep): string =>
  step.pull ? pullRequestLink(step.repository, step.pull) : "no pull request";

const ROW_ICON: Record<ProgressRow["state"], string> = {
  merged: "✅",
  "in-base": "✅",
  open: "⬜",
  closed: "❌",
  unknown: "❔",
  "no-pull": "⚠️",
};

/** `2026-12-07 10:02 UTC` from GitHub's ISO time; anything else is shown as given, in code. */
function when(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : code(iso);
}

function rowState(row: ProgressRow): string {
  switch (row.state) {
    case "merged": {
      const m = row.merge!;
      const commit = /^[0-9a-f]{7,40}$/.test(m.commit) ? ` (${code(m.commit.slice(0, 7))})` : "";
      return `merged by ${code(m.by || "unknown")} on ${when(m.at)}${commit}`;
    }
    case "in-base":
      return "already in the base branch";
    case "open":
      return "open";
    case "closed":
      return "closed without merging";
    case "no-pull":
      return "no pull request (see the details below)";
    case "unknown":
      return `not as expected: ${code(row.reason ?? "")}`;
  }
}

const commands = (step: RecordStep): string =>
  step.apply.length > 0 ? step.apply.map(code).join(", then ") : "its layer's `leverage tf apply`";

function nextLine(next: NextAction): string {
  const n = (s: RecordStep) => `step ${s.number}`;
  switch (next.kind) {
    case "merge-first":
      return `Merge ${pullLabel(next.step)} (${n(next.step)}), then apply it: ${commands(next.step)}.`;
    case "apply-then-merge":
      return (
        `Apply ${n(next.applied)}: ${commands(next.applied)}, then merge ${pullLabel(next.next)} ` +
        `(${n(next.next)}) and apply it: ${commands(next.next)}.`
      );
    case "reopen":
      return (
        `The pull request of ${n(next.step)}, ${pullLabel(next.step)}, was closed without merging: reopen it, ` +
        "or comment `/cluster-link retry` to open it again."
      );
    case "no-pull":
      return `${n(next.step)[0]!.toUpperCase()}${n(next.step).slice(1)} has no pull request of this request: fix what the details say, then comment \`/cluster-link retry\`.`;
    case "unknown":
      return `The pull request of ${n(next.step)}, ${pullLabel(next.step)}, is not as expected (${code(next.reason)}): check it, then comment \`/cluster-link status\`.`;
    case "apply-last":
      return next.then === "verify"
        ? `Every step is merged. ${next.step ? `Apply ${n(next.step)}: ${commands(next.step)}, then comment` : "Comment"} \`/cluster-link verify\` to check that ArgoCD reaches the cluster.`
        : `Every step is merged. ${next.step ? `Apply ${n(next.step)}: ${commands(next.step)}. ` : ""}The link is gone once every step is applied: close this issue then.`;
  }
}

/**
 * `notes`: what this run's publishing did to a step, by step id (`updated`, `human-commit: ...`),
 * in the publisher's own words (its values are already code spans or validated names).
 */
export function progressSection(
  progress: Progress,
  notes: ReadonlyMap<string, string> = new Map(),
  linked = false,
): string[] {
  const lines = ["### Pull requests, in apply order", ""];
  for (const row of progress.rows) {
    const s = row.step;
    const note = notes.get(s.id);
    lines.push(
      `- ${ROW_ICON[row.state]} **${s.number}/${s.total}** ${escapeMarkdown(s.summary)}${s.account ? ` (${code(s.account)})` : ""}: ` +
        `${pullLabel(s)}, ${rowState(row)}${note ? ` (${note})` : ""}`,
    );
  }
  lines.push(
    "",
    linked
      ? "**Next:** nothing: the link works. To remove it one day, open an **Unlink a cluster from ArgoCD** issue."
      : `**Next:** ${nextLine(progress.next)}`,
  );
  for (const w of progress.outOfOrder) {
    lines.push(
      "",
      `> ⚠️ **Merged out of order.** Step ${w.merged.number} (${pullLabel(w.merged)}) was merged before step ${w.before.number} ` +
        `(${pullLabel(w.before)}). Do not apply step ${w.merged.number} before step ${w.before.number} is merged and applied.`,
    );
  }
  return lines;
}

const CHECK_ICON: Record<RecordCheck["result"], string> = { pass: "✅", fail: "❌", skip: "➖" };

/**
 * A check's detail for a table cell: the values it marks with backticks (verify/checks.ts `v`) as
 * code spans, the sentence around them as escaped prose. Read from the record, the text is not
 * trusted: every part is either escaped or a code span, and `|` cannot split the cell.
 */
export function detailMarkdown(detail: string): string {
  const parts = detail.split("`");
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeMarkdown(part);
      // An unclosed backtick: the rest is prose.
      if (i === parts.length - 1) return escapeMarkdown(`\`${part}`);
      return code(part).replace(/\|/g, "\\|");
    })
    .join("");
}

export function verificationSection(verification: { at: string; checks: RecordCheck[] }): string[] {
  return [
    `### Verification (${when(verification.at)})`,
    "",
    "| | check | result |",
    "|---|---|---|",
    ...verification.checks.map(
      (c) =>
        `| ${CHECK_ICON[c.result]} | ${code(c.check).replace(/\|/g, "\\|")} | ${detailMarkdown(c.detail)} |`,
    ),
  ];
}
