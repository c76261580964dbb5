// The matrix of links the runtime tests plan: access level × scope × method × authentication
// mode × chart family, each planned on the example repository of that chart family.
import { parse as parseHcl } from "@cdktf/hcl2json";
import { dirname } from "node:path";
import { LayoutError } from "../../src/core/errors.js";
import type { AuthenticationMode } from "../../src/facts/types.js";
import { planLink } from "../../src/plan/plan.js";
import type { AccessLevel, LinkMethod, LinkRequest } from "../../src/request/types.js";
import { MemoryRepo } from "../../src/repo/reader.js";
import { caseRepo, exampleFacts, exampleRequest, mergePlan, type RepoVariant } from "../support/cases.js";
import { checkRuntime, planFiles, type RuntimeContext, type RuntimeReport } from "./checker.js";
import { ARGO_CD_CHART_APP_VERSION } from "./model/argocd.js";

export type Scope = "namespaced" | "cluster-resources" | "cluster-wide";

/**
 * Chart families: list-form clusterCredentials before 7.0.0, map form after; one repository each.
 * 4.x and 5.x run ArgoCD before 2.9 (no respectRBAC), 6.x and 7.x after. 5.x-aws-5 is 5.x whose
 * cluster layer can manage EKS access entries (hashicorp/aws 5.33).
 */
export const FAMILIES: Record<
  "chart-4.x" | "chart-5.x" | "chart-5.x-aws-5" | "chart-6.x" | "chart-7.x",
  { repo: string; variant?: RepoVariant; request: string; facts: string }
> = {
  "chart-4.x": {
    repo: "leverage-2024",
    variant: "leverage-2022-chart-4",
    request: "leverage-2024-iam-role",
    facts: "leverage-2024-apps-devstg",
  },
  "chart-5.x": {
    repo: "leverage-2024",
    request: "leverage-2024-iam-role",
    facts: "leverage-2024-apps-devstg",
  },
  "chart-5.x-aws-5": {
    repo: "leverage-2024",
    variant: "leverage-2024-aws-5",
    request: "leverage-2024-iam-role",
    facts: "leverage-2024-apps-devstg",
  },
  "chart-6.x": { repo: "guide", request: "guide-iam-role", facts: "guide-apps-devstg" },
  "chart-7.x": {
    repo: "leverage-2026",
    request: "leverage-2026-iam-role",
    facts: "leverage-2026-apps-devstg",
  },
};
export type Family = keyof typeof FAMILIES;

export interface Cell {
  access: AccessLevel;
  scope: Scope;
  method: LinkMethod;
  /** The cluster's authentication mode: API_AND_CONFIG_MAP lets the planner use access entries. */
  auth: Extract<AuthenticationMode, "CONFIG_MAP" | "API_AND_CONFIG_MAP">;
  family: Family;
}

export const cellName = (c: Cell) => `${c.access} ${c.scope} ${c.method} ${c.auth} ${c.family}`;

/** Every valid cell: cluster-admin is cluster-wide only (the request parser refuses namespaces for it). */
export function cells(): Cell[] {
  const out: Cell[] = [];
  for (const access of ["cluster-admin", "admin", "edit", "view"] as const)
    for (const scope of ["namespaced", "cluster-resources", "cluster-wide"] as const) {
      if (access === "cluster-admin" && scope !== "cluster-wide") continue;
      for (const method of ["iam-role", "bearer-token"] as const)
        for (const auth of ["CONFIG_MAP", "API_AND_CONFIG_MAP"] as const)
          for (const family of Object.keys(FAMILIES) as Family[])
            out.push({ access, scope, method, auth, family });
    }
  return out;
}

const repoCache = new Map<string, Map<string, string>>();
async function freshRepo(family: (typeof FAMILIES)[Family]): Promise<MemoryRepo> {
  const key = `${family.repo} ${family.variant ?? ""}`;
  if (!repoCache.has(key)) repoCache.set(key, (await caseRepo(family)).files);
  return new MemoryRepo(new Map(repoCache.get(key)));
}

/** The argo-cd chart version of the helm_release whose values file holds the link's entry. */
async function chartVersion(repo: MemoryRepo, valuesPath: string): Promise<string> {
  const layer = dirname(dirname(valuesPath));
  const valuesFile = valuesPath.slice(layer.length + 1);
  for (const path of await repo.listFiles()) {
    if (dirname(path) !== layer || !path.endsWith(".tf")) continue;
    const json = (await parseHcl(path, (await repo.readFile(path))!)) as {
      resource?: { helm_release?: Record<string, { chart?: string; version?: string; values?: unknown }[]> };
    };
    for (const [release] of Object.values(json.resource?.helm_release ?? {}))
      if (release?.chart === "argo-cd" && JSON.stringify(release.values ?? "").includes(valuesFile))
        return String(release.version);
  }
  throw new Error(`no argo-cd helm_release in ${layer} renders ${valuesFile}`);
}

export interface PlannedCell {
  files: { path: string; content: string }[];
  request: LinkRequest;
  ctx: RuntimeContext;
  chart: string;
}

/** Plans one cell on a fresh copy of its example repository; a LayoutError is a refusal. */
export async function planCell(
  c: Cell,
  overrides: Partial<LinkRequest> = {},
): Promise<PlannedCell | { refused: string }> {
  const family = FAMILIES[c.family];
  const repo = await freshRepo(family);
  const request = exampleRequest(family.request, {
    method: c.method,
    access: c.access,
    namespaces: c.scope === "cluster-wide" ? [] : ["team-a", "team-b"],
    clusterResources: c.scope === "cluster-resources",
    // ArgoCD before 2.9: view and edit links read Secrets or RBAC objects only with this opt-in.
    readBeyondAccess: c.access !== "cluster-admin",
    argocdClusterName: "matrix",
    labels: {},
    ...overrides,
  });
  const facts = exampleFacts(family.facts, (cluster) => {
    cluster.accessConfig = { authenticationMode: c.auth };
  });
  let plan;
  try {
    plan = await planLink(repo, request, facts);
  } catch (e) {
    if (e instanceof LayoutError) return { refused: e.message };
    throw e;
  }
  const files = planFiles(plan);
  const values = files.find((f) => /\/chart-values\/[^/]+\.ya?ml$/.test(f.path));
  if (!values) throw new Error(`${cellName(c)}: the plan writes no chart values file`);
  mergePlan(repo, plan);
  const chart = await chartVersion(repo, values.path);
  const argocd = ARGO_CD_CHART_APP_VERSION[chart];
  if (!argocd) throw new Error(`argo-cd chart ${chart} has no known appVersion in ARGO_CD_CHART_APP_VERSION`);
  return {
    files,
    request,
    chart,
    ctx: { clusterVersion: facts.version!, argocdVersion: argocd, chartVersion: chart },
  };
}

export type CellOutcome = { refused: string } | { report: RuntimeReport; chart: string; argocd: string };

export async function runCell(c: Cell, overrides: Partial<LinkRequest> = {}): Promise<CellOutcome> {
  const planned = await planCell(c, overrides);
  if ("refused" in planned) return planned;
  const report = await checkRuntime(planned.files, planned.request, planned.ctx);
  return { report, chart: planned.chart, argocd: planned.ctx.argocdVersion };
}
