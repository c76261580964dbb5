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

/**
 * Variants of the example repositories, as changes to their files (path → text). Each one models a
 * real situation the plain examples do not show; a change that no longer matches its example throws.
 */
export const REPO_VARIANTS = {
  /** 2026 target whose k8s-components layer does not exist yet: only the cluster layer has a kubernetes provider. */
  "leverage-2026-no-target-components": (files: Map<string, string>) => {
    const prefix = "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components/";
    const removed = [...files.keys()].filter((path) => path.startsWith(prefix));
    if (removed.length === 0) throw new Error(`variant: no files under ${prefix}`);
    for (const path of removed) files.delete(path);
  },
  /**
   * As above, and the cluster manages access with EKS access entries only (no aws-auth submodule),
   * so no layer configures a kubernetes provider for it.
   */
  "leverage-2026-no-kubernetes-provider": (files: Map<string, string>) => {
    REPO_VARIANTS["leverage-2026-no-target-components"](files);
    const cluster = "apps-devstg/us-east-1/k8s-eks-demoapps/cluster";
    replaceIn(files, `${cluster}/config.tf`, [
      [/# Used by the aws-auth submodule[^\n]*\nprovider "kubernetes" \{[^}]*\}\n\n/, ""],
      [/ {4}kubernetes = \{\n[^}]*\}\n/, ""],
    ]);
    replaceIn(files, `${cluster}/eks-workers-managed.tf`, [
      [/\n#-+\n# aws-auth ConfigMap[^\n]*\n#-+\nmodule "cluster-aws-auth" \{[\s\S]*?\n\}\n/, ""],
    ]);
  },
  /** The 2024 layout with its ArgoCD release named gitops (chart 5.8.3 derives the applicationset SA name from it). */
  "leverage-2024-release-gitops": (files: Map<string, string>) => {
    replaceIn(files, "shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf", [
      [/\n {2}name {7}= "argocd"\n/, '\n  name       = "gitops"\n'],
    ]);
  },
  /**
   * The August 2022 reference layout (argo-cd chart 4.6.5, ArgoCD v2.3.4, eks v18, aws-auth only):
   * the 2024 tree, whose cluster layer is the same eks v18 with aws-auth, with that chart version.
   */
  "leverage-2022-chart-4": (files: Map<string, string>) => {
    replaceIn(files, "shared/us-east-1/k8s-eks/k8s-components/cicd-argo.tf", [
      [
        /\n {2}chart {6}= "argo-cd"\n {2}version {4}= "5\.8\.3"\n/,
        '\n  chart      = "argo-cd"\n  version    = "4.6.5"\n',
      ],
    ]);
  },
  /**
   * The 2024 layout whose cluster layer was moved to hashicorp/aws 5.x (5.33.0 or later can manage
   * EKS access entries), still on argo-cd chart 5.8.3: access entries on ArgoCD before 2.9.
   */
  "leverage-2024-aws-5": (files: Map<string, string>) => {
    const cluster = "apps-devstg/us-east-1/k8s-eks/cluster";
    replaceIn(files, `${cluster}/config.tf`, [[/aws {8}= "~> 4\.10"/, 'aws        = "~> 5.33"']]);
    replaceIn(files, `${cluster}/.terraform.lock.hcl`, [
      [
        /version {5}= "4\.67\.0"\n {2}constraints = ">= 3\.72\.0, ~> 4\.10"/,
        'version     = "5.33.0"\n  constraints = ">= 3.72.0, ~> 5.33"',
      ],
    ]);
  },
  /**
   * The 2024 layout with an ArgoCD values file written in the style of the reference tree's own
   * (le-tf-infra-aws apps-devstg k8s-components chart-values/argo-cd.yaml): blank lines inside maps,
   * sequences flush under their key inside an indented item, block scalars, per-component placeholders.
   */
  "leverage-2024-real-values": (files: Map<string, string>) => {
    replaceWhole(
      files,
      "shared/us-east-1/k8s-eks/k8s-components/chart-values/argo-cd.yaml",
      "argo-cd-2024-style.yaml",
    );
  },
  /** The 2026 layout with a values file in the same style, map-form clusterCredentials included. */
  "leverage-2026-real-values": (files: Map<string, string>) => {
    replaceWhole(
      files,
      "shared/us-east-1/k8s-eks/k8s-components/chart-values/argocd.yaml",
      "argocd-2026-style.yaml",
    );
  },
} as const satisfies Record<string, (files: Map<string, string>) => void>;

/** Replaces an existing file with a fixture of test/unlink/fixtures. */
function replaceWhole(files: Map<string, string>, path: string, fixture: string): void {
  if (!files.has(path)) throw new Error(`variant: no ${path}`);
  files.set(path, readFileSync(join(ROOT, "test", "unlink", "fixtures", fixture), "utf8"));
}
export type RepoVariant = keyof typeof REPO_VARIANTS;

function replaceIn(files: Map<string, string>, path: string, changes: [RegExp, string][]): void {
  let text = files.get(path);
  if (text === undefined) throw new Error(`variant: no ${path}`);
  for (const [pattern, replacement] of changes) {
    if (!pattern.test(text)) throw new Error(`variant: ${pattern} does not match ${path}`);
    text = text.replace(pattern, replacement);
  }
  files.set(path, text);
}

/** The repository of a case: its example, changed by its variant if it has one. */
export async function caseRepo(c: Pick<GoldenCase, "repo" | "variant">): Promise<MemoryRepo> {
  const repo = await exampleRepo(c.repo);
  if (c.variant) REPO_VARIANTS[c.variant](repo.files);
  return repo;
}

/** Writes every file of every step into the repository, as if all the pull requests were merged. */
export function mergePlan(repo: MemoryRepo, plan: Plan): void {
  for (const step of plan.steps) for (const file of step.files) repo.files.set(file.path, file.content);
}

export interface GoldenCase {
  name: string;
  repo: string;
  /** A change to the example repository (see REPO_VARIANTS). */
  variant?: RepoVariant;
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
    variant: "leverage-2024-release-gitops",
    request: () => exampleRequest("leverage-2024-iam-role"),
    facts: () => exampleFacts("leverage-2024-apps-devstg"),
  },
  {
    // ArgoCD 2.3 (chart 4.6.5) has no respectRBAC: the link also reads every kind its cache lists.
    name: "leverage-2022-iam-role-edit-namespaced-aws-auth",
    repo: "leverage-2024",
    variant: "leverage-2022-chart-4",
    request: () =>
      exampleRequest("leverage-2024-iam-role", {
        access: "edit",
        namespaces: ["demoapps", "monitoring"],
        readBeyondAccess: true,
      }),
    facts: () => exampleFacts("leverage-2024-apps-devstg", configMapOnly),
  },
  {
    // ArgoCD 2.5 (chart 5.8.3), view cluster-wide: Secrets and RBAC objects readable by opt-in.
    name: "leverage-2024-bearer-token-view-read-beyond-access",
    repo: "leverage-2024",
    request: () => exampleRequest("leverage-2024-bearer-token", { access: "view", readBeyondAccess: true }),
    facts: () => exampleFacts("leverage-2024-apps-devstg"),
  },
  {
    // A values file in the 2024 reference tree's own style: unlink must give back its bytes.
    name: "leverage-2024-real-values-iam-role-cluster-admin",
    repo: "leverage-2024",
    variant: "leverage-2024-real-values",
    request: () => exampleRequest("leverage-2024-iam-role"),
    facts: () => exampleFacts("leverage-2024-apps-devstg"),
  },
  {
    // The same in the 2026 style (map-form clusterCredentials, flush and indented sequences).
    name: "leverage-2026-real-values-iam-role-access-entry",
    repo: "leverage-2026",
    variant: "leverage-2026-real-values",
    request: () => exampleRequest("leverage-2026-iam-role"),
    facts: () => exampleFacts("leverage-2026-apps-devstg"),
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
    name: "leverage-2026-bearer-token-cluster-layer-provider",
    repo: "leverage-2026",
    variant: "leverage-2026-no-target-components",
    request: () => exampleRequest("leverage-2026-bearer-token"),
    facts: () => exampleFacts("leverage-2026-apps-devstg"),
  },
  {
    name: "leverage-2026-bearer-token-identities-provider",
    repo: "leverage-2026",
    variant: "leverage-2026-no-kubernetes-provider",
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

/** The plan date of the golden cases: fixed, so a new bearer token's `token-created:` line is stable. */
export const CASE_DATE = new Date("2026-12-01T00:00:00Z");

export async function planCase(c: GoldenCase, repo?: RepoReader): Promise<Plan> {
  return planLink(repo ?? (await caseRepo(c)), c.request(), c.facts(), { date: CASE_DATE });
}
