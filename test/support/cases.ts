// The example repositories, requests and facts, and helpers to plan against them in memory.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseClusterFactsText } from "../../src/facts/parse.js";
import type { ClusterFacts } from "../../src/facts/types.js";
import { planLink } from "../../src/plan/plan.js";
import type { Plan } from "../../src/plan/types.js";
import { parseLinkRequestText } from "../../src/request/parse.js";
import type { LinkRequest } from "../../src/request/types.js";
import { FolderRepo, MemoryRepo, type RepoReader } from "../../src/repo/reader.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const EXAMPLES = join(ROOT, "examples");

export function exampleRequest(name: string, overrides: Record<string, unknown> = {}): LinkRequest {
  const text = readFileSync(join(EXAMPLES, "requests", `${name}.yaml`), "utf8");
  const base = parseLinkRequestText(text, name);
  return Object.keys(overrides).length ? { ...base, ...overrides } : base;
}

export function exampleFacts(
  name: string,
  change?: (cluster: Record<string, unknown>) => void,
): ClusterFacts {
  const json = JSON.parse(readFileSync(join(EXAMPLES, "facts", `${name}.json`), "utf8")) as {
    cluster: Record<string, unknown>;
  };
  change?.(json.cluster);
  return parseClusterFactsText(JSON.stringify(json), name);
}

/** An in-memory copy of an example repository, so tests can apply plans to it. */
export async function exampleRepo(name: string): Promise<MemoryRepo> {
  const folder = new FolderRepo(join(EXAMPLES, "repos", name));
  const files = new Map<string, string>();
  for (const path of await folder.listFiles()) files.set(path, (await folder.readFile(path))!);
  return new MemoryRepo(files);
}

/** Writes every file of every step into the repository, as if all the pull requests were merged. */
export function mergePlan(repo: MemoryRepo, plan: Plan): void {
  for (const step of plan.steps) for (const file of step.files) repo.files.set(file.path, file.content);
}

export interface GoldenCase {
  name: string;
  repo: string;
  /** Changes to the example repository's files before planning (a variant of that layout). */
  repoEdit?: (files: Map<string, string>) => void;
  request: () => LinkRequest;
  facts: () => ClusterFacts;
}

const configMapOnly = (cluster: Record<string, unknown>) => {
  cluster.accessConfig = { authenticationMode: "CONFIG_MAP" };
};

export const CASES: GoldenCase[] = [
  {
    name: "guide-iam-role-namespaced-aws-auth",
    repo: "guide",
    request: () => exampleRequest("guide-iam-role"),
    facts: () => exampleFacts("guide-apps-devstg"),
  },
  {
    name: "guide-bearer-token-dedicated-instance",
    repo: "guide",
    request: () => exampleRequest("guide-bearer-token"),
    facts: () => exampleFacts("guide-apps-devstg"),
  },
  {
    name: "leverage-2024-iam-role-cluster-admin-aws-auth",
    repo: "leverage-2024",
    request: () => exampleRequest("leverage-2024-iam-role"),
    facts: () => exampleFacts("leverage-2024-apps-devstg"),
  },
  {
    name: "leverage-2024-bearer-token-cluster-admin",
    repo: "leverage-2024",
    request: () => exampleRequest("leverage-2024-bearer-token"),
    facts: () => exampleFacts("leverage-2024-apps-devstg"),
  },
  {
    // argo-cd 5.8.3 names the applicationset account <release>-applicationset-controller.
    name: "leverage-2024-iam-role-chart-5-release-gitops",
    repo: "leverage-2024",
    repoEdit: renameArgoRelease("gitops"),
    request: () => exampleRequest("leverage-2024-iam-role"),
    facts: () => exampleFacts("leverage-2024-apps-devstg"),
  },
  {
    name: "leverage-2026-iam-role-access-entry-namespaced",
    repo: "leverage-2026",
    request: () => exampleRequest("leverage-2026-iam-role"),
    facts: () => exampleFacts("leverage-2026-apps-devstg"),
  },
  {
    name: "leverage-2026-iam-role-aws-auth-module",
    repo: "leverage-2026",
    request: () => exampleRequest("leverage-2026-iam-role", { access: "cluster-admin", namespaces: [] }),
    facts: () => exampleFacts("leverage-2026-apps-devstg", configMapOnly),
  },
  {
    name: "leverage-2026-iam-role-access-entry-cluster-resources",
    repo: "leverage-2026",
    request: () => exampleRequest("leverage-2026-iam-role", { clusterResources: true }),
    facts: () => exampleFacts("leverage-2026-apps-devstg"),
  },
  {
    name: "leverage-2026-bearer-token-cluster-wide",
    repo: "leverage-2026",
    request: () => exampleRequest("leverage-2026-bearer-token"),
    facts: () => exampleFacts("leverage-2026-apps-devstg"),
  },
  {
    name: "leverage-2026-iam-role-dedicated-instance",
    repo: "leverage-2026",
    request: () => exampleRequest("leverage-2026-dedicated"),
    facts: () => exampleFacts("leverage-2026-apps-devstg"),
  },
];

/** The case's repository: its example repository with the case's edits. */
export async function caseRepo(c: GoldenCase): Promise<MemoryRepo> {
  const repo = await exampleRepo(c.repo);
  c.repoEdit?.(repo.files);
  return repo;
}

export async function planCase(c: GoldenCase, repo?: RepoReader): Promise<Plan> {
  return planLink(repo ?? (await caseRepo(c)), c.request(), c.facts());
}

/** The 2024 layout with its ArgoCD release renamed (chart 5.8.3 derives the applicationset SA name from it). */
function renameArgoRelease(release: string) {
  return (files: Map<string, string>) => {
    const path = "shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf";
    const text = files.get(path);
    if (!text?.includes('  name       = "argocd"\n')) throw new Error(`${path}: the release name line moved`);
    files.set(path, text.replace('  name       = "argocd"\n', `  name       = "${release}"\n`));
  };
}
