// The record of a run that planned and published a link or unlink: every step of the full
// sequence in apply order, with its pull request, or marked as already in the base branch. A step
// merged since an earlier run keeps the pull request that earlier run recorded, so the progress
// can still say who merged it.

import type { PublishResult } from "../github/publisher.js";
import type { Plan } from "../plan/types.js";
import { LINK_STEP_IDS, STEP_ID, UNLINK_STEP_IDS } from "../steps/registry.js";
import type { LinkRecord, RecordStep } from "./record.js";

/** What a step does, for steps this run did not plan (already in the base branch). */
const STEP_SUMMARY: Record<string, string> = {
  [STEP_ID.sourceRole]: "IRSA role and assume policy for ArgoCD",
  [STEP_ID.targetRole]: "role that ArgoCD assumes",
  [STEP_ID.targetRbac]: "Kubernetes RBAC for ArgoCD",
  [STEP_ID.clusterAccess]: "cluster access for the ArgoCD role",
  [STEP_ID.argocd]: "cluster entry in ArgoCD",
  "unlink-argocd": "remove the cluster entry from ArgoCD",
  "unlink-cluster-access": "remove the cluster access",
  "unlink-target-rbac": "remove the Kubernetes RBAC",
  "unlink-target-role": "remove the role that ArgoCD assumes",
  "unlink-source-role": "remove the assume policy",
};

/** A pull request title without its `argocd-cluster-link <name> N/M (<account>): ` prefix. */
export function titleSummary(title: string): string {
  const colon = title.indexOf(": ");
  return colon >= 0 ? title.slice(colon + 2) : title;
}

export function recordOfRun(
  kind: "link" | "unlink",
  plan: Plan,
  published: PublishResult,
  home: string,
  previous?: LinkRecord,
): LinkRecord {
  const order = kind === "link" ? LINK_STEP_IDS : UNLINK_STEP_IDS;
  const planned = new Set(plan.steps.map((s) => s.id));
  const earlier = previous?.kind === kind && previous.link === plan.linkId ? previous.steps : [];
  // An unlink counts every step it has nothing to remove for as up to date, also those the link
  // never had: only those an earlier run of this request recorded are shown.
  const shown = (id: string) =>
    planned.has(id) || (plan.upToDate.includes(id) && (kind === "link" || earlier.some((s) => s.id === id)));
  const ids = order.filter(shown);
  const steps: RecordStep[] = ids.map((id, index) => {
    const number = index + 1;
    const total = ids.length;
    const at = plan.steps.findIndex((s) => s.id === id);
    if (at >= 0) {
      const step = plan.steps[at]!;
      const pub = published.steps[at];
      return {
        id,
        number,
        total,
        summary: titleSummary(step.title),
        account: step.account,
        repository: pub?.repository ?? home,
        ...(pub?.base ? { base: pub.base } : {}),
        ...(pub?.pull ? { pull: pub.pull } : {}),
        apply: step.apply,
      };
    }
    const before = earlier.find((s) => s.id === id);
    if (before?.pull) return { ...before, number, total, inBase: true };
    return {
      id,
      number,
      total,
      summary: before?.summary ?? STEP_SUMMARY[id] ?? id,
      account: before?.account ?? "",
      repository: before?.repository ?? home,
      inBase: true,
      apply: before?.apply ?? [],
    };
  });
  return { v: 1, kind, link: plan.linkId, steps };
}
