// Text and JSON forms of a plan for the CLI.

import { createTwoFilesPatch } from "diff";
import type { Plan } from "../plan/types.js";

/** The JSON form: file contents in full, without the previous contents. */
export function planJson(plan: Plan) {
  return {
    linkId: plan.linkId,
    steps: plan.steps.map((s) => ({
      id: s.id,
      number: s.number,
      total: s.total,
      account: s.account,
      layers: s.layers,
      title: s.title,
      body: s.body,
      apply: s.apply,
      files: s.files.map((f) => ({ path: f.path, action: f.action, content: f.content })),
    })),
    upToDate: plan.upToDate,
    notes: plan.notes,
  };
}

export function renderPlan(plan: Plan, withDiffs = true): string {
  const out: string[] = [];
  if (plan.steps.length === 0) {
    out.push(`Link ${plan.linkId}: nothing to change, the repository already has every step.`);
  } else {
    out.push(
      `Link ${plan.linkId}: ${plan.steps.length} step(s), one pull request each, applied in this order.`,
    );
  }
  if (plan.upToDate.length > 0) out.push(`Already in place: ${plan.upToDate.join(", ")}.`);
  // Each step keeps its own number in the apply order, so a header matches its pull request's title
  // even when an earlier step is already in place.
  for (const step of plan.steps) {
    out.push(
      "",
      `== ${step.number}. ${step.title}`,
      `   account ${step.account}; layers: ${step.layers.join(", ")}`,
    );
    for (const f of step.files) out.push(`   ${f.action} ${f.path}`);
    out.push("   then run:", ...step.apply.map((c) => `     ${c}`));
    if (withDiffs) {
      for (const f of step.files) {
        const before = f.action === "create" ? "/dev/null" : `a/${f.path}`;
        const after = f.action === "delete" ? "/dev/null" : `b/${f.path}`;
        out.push("", createTwoFilesPatch(before, after, f.previous ?? "", f.content, "", "").trimEnd());
      }
    }
  }
  if (plan.notes.length > 0) out.push("", "Notes:", ...plan.notes.map((n) => `  - ${n}`));
  return out.join("\n") + "\n";
}
