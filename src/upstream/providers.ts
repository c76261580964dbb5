// Which provider versions have the resources and arguments the generated files use, read from the
// providers' sources and changelogs, and the provider versions the reference layouts lock. Facts
// and lookups only.
import { atLeast, parseVersion } from "../core/versions.js";

export type ProviderName = "aws" | "kubernetes" | "helm";

export const PROVIDER_REPOSITORIES: Readonly<Record<ProviderName, string>> = {
  aws: "hashicorp/terraform-provider-aws",
  kubernetes: "hashicorp/terraform-provider-kubernetes",
  helm: "hashicorp/terraform-provider-helm",
};

/** A resource type, or one argument of it (`resource.argument`), and the first provider version with it. */
export interface ProviderFeature {
  provider: ProviderName;
  /** `kubernetes_secret_v1` or `kubernetes_secret_v1.wait_for_service_account_token`. */
  feature: string;
  since: string;
  source: string;
}

const K8S_RESOURCES_SOURCE =
  "hashicorp/terraform-provider-kubernetes kubernetes/provider.go ResourcesMap: absent at v2.6.1, present at v2.7.0 (commit 9ef82cc93b97a80fc7c04503e423bc55ecb95a91)";
const K8S_WAIT_SOURCE =
  "hashicorp/terraform-provider-kubernetes kubernetes/resource_kubernetes_secret.go: absent at v2.13.1, present (Optional, Default true) at v2.14.0 (commit 676727f707dce6fe99c18974bfbd176f32b2a3a9); kubernetes_secret and kubernetes_secret_v1 share that schema";
const K8S_SA_1_24_SOURCE =
  'hashicorp/terraform-provider-kubernetes kubernetes/resource_kubernetes_service_account.go: at v2.12.1 (commit d2de577480d91d678dda84eee0475612dfc0fa1b) create retries "Waiting for default secret of ... to appear" until its 30s timeout, and Kubernetes 1.24+ creates no default secret; v2.13.0 (commit 82a1035c4949f3993dd9850ccd3964738c36c152) skips that wait on 1.24+ (CHANGELOG 2.13.0, #1792)';
const K8S_V2_SOURCE = "hashicorp/terraform-provider-kubernetes kubernetes/provider.go ResourcesMap at v2.0.0";
const HELM_RELEASE_SOURCE =
  "hashicorp/terraform-provider-helm helm/resource_release.go at v2.0.0 (commit b01dc82c12b65808b7d58c91f60f7ec87df51efb): helm_release with a `values` list";
const AWS_ACCESS_ENTRY_SOURCE =
  "hashicorp/terraform-provider-aws CHANGELOG.md, 5.33.0 (January 18, 2024): New Resource aws_eks_access_entry, aws_eks_access_policy_association (#35037)";

export const PROVIDER_FEATURES: readonly ProviderFeature[] = [
  { provider: "aws", feature: "aws_eks_access_entry", since: "5.33.0", source: AWS_ACCESS_ENTRY_SOURCE },
  {
    provider: "aws",
    feature: "aws_eks_access_policy_association",
    since: "5.33.0",
    source: AWS_ACCESS_ENTRY_SOURCE,
  },
  ...[
    "kubernetes_secret_v1",
    "kubernetes_service_account_v1",
    "kubernetes_namespace_v1",
    "kubernetes_role_v1",
    "kubernetes_role_binding_v1",
    "kubernetes_cluster_role_v1",
    "kubernetes_cluster_role_binding_v1",
  ].map((feature): ProviderFeature => ({
    provider: "kubernetes",
    feature,
    since: "2.7.0",
    source: K8S_RESOURCES_SOURCE,
  })),
  ...[
    "kubernetes_secret",
    "kubernetes_service_account",
    "kubernetes_namespace",
    "kubernetes_cluster_role_binding",
  ].map((feature): ProviderFeature => ({
    provider: "kubernetes",
    feature,
    since: "2.0.0",
    source: K8S_V2_SOURCE,
  })),
  { provider: "helm", feature: "helm_release", since: "2.0.0", source: HELM_RELEASE_SOURCE },
  { provider: "helm", feature: "helm_release.values", since: "2.0.0", source: HELM_RELEASE_SOURCE },
  // Not an argument: creating a ServiceAccount at all on the Kubernetes versions EKS runs.
  ...["kubernetes_service_account", "kubernetes_service_account_v1"].map((resource): ProviderFeature => ({
    provider: "kubernetes",
    feature: `${resource} on Kubernetes 1.24+`,
    since: "2.13.0",
    source: K8S_SA_1_24_SOURCE,
  })),
  ...["kubernetes_secret", "kubernetes_secret_v1"].map((resource): ProviderFeature => ({
    provider: "kubernetes",
    feature: `${resource}.wait_for_service_account_token`,
    since: "2.14.0",
    source: K8S_WAIT_SOURCE,
  })),
];

/**
 * Syntax changes that break existing configuration, by first provider version: the generated files
 * must be written in the syntax of the version a layer locks.
 */
export const PROVIDER_SYNTAX_CHANGES: readonly {
  provider: ProviderName;
  since: string;
  change: string;
  source: string;
}[] = [
  {
    provider: "helm",
    since: "3.0.0",
    change:
      "helm_release `set`, `set_list`, `set_sensitive` become lists of objects (`set = [{...}]`) instead of blocks, " +
      "and the provider's `kubernetes`, `registry`, `experiments` blocks become nested objects (`kubernetes = {...}`)",
    source:
      "hashicorp/terraform-provider-helm CHANGELOG.md 3.0.0 (Jun 18, 2025), commit 71b0a33707c7fc87926290a7181681172bffe284",
  },
];

export type FeatureLookup =
  { known: true; supported: boolean; since: string } | { known: false; reason: string };

/** Whether a provider version (an exact x.y.z, e.g. from .terraform.lock.hcl) has a resource or argument. */
export function providerHasFeature(provider: ProviderName, version: string, feature: string): FeatureLookup {
  const fact = PROVIDER_FEATURES.find((f) => f.provider === provider && f.feature === feature);
  if (!fact) {
    const known = PROVIDER_FEATURES.filter((f) => f.provider === provider).map((f) => f.feature);
    return {
      known: false,
      reason: `no facts about ${provider} feature ${JSON.stringify(feature)}; known: ${known.join(", ")}`,
    };
  }
  if (!parseVersion(version)) {
    return {
      known: false,
      reason: `not an exact provider version: ${JSON.stringify(version)} (expected x.y.z)`,
    };
  }
  return { known: true, supported: atLeast(version, fact.since), since: fact.since };
}

/** A provider version locked (or constrained) by a layer of a reference layout. */
export interface LockedProvider {
  layout: string;
  layer: string;
  provider: ProviderName;
  /** Exact version from `.terraform.lock.hcl`. */
  locked?: string;
  /** `required_providers` constraint from the layer's config.tf. */
  constraint?: string;
  source: string;
}

/**
 * The kubernetes / helm / aws versions of the reference layouts. `examples/repos/*` copies these
 * layers, including the real 2024 tree's 2.12.1 lock (FACTS.md §8).
 */
export const REFERENCE_LAYOUT_PROVIDERS: readonly LockedProvider[] = [
  {
    layout: "binbashar/le-tf-infra-aws (2024)",
    layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
    provider: "kubernetes",
    locked: "2.12.1",
    constraint: "~> 2.10",
    source:
      "examples/repos/leverage-2024 .terraform.lock.hcl (the real tree's lock, FACTS.md §8), config.tf (as binbashar/le-tf-infra-aws at 172f79f9b0c153f8d0f7d9279fb8e52f0812d0dc)",
  },
  {
    layout: "binbashar/le-tf-infra-aws (2024)",
    layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
    provider: "helm",
    locked: "2.6.0",
    constraint: "~> 2.5",
    source:
      "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf (the locked version is the example's: only the kubernetes lock is verified)",
  },
  {
    layout: "binbashar/le-tf-infra-aws (2024)",
    layer: "apps-devstg/us-east-1/k8s-eks/k8s-components",
    provider: "aws",
    locked: "4.67.0",
    constraint: "~> 4.10",
    source:
      "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf (the locked version is the example's: only the kubernetes lock is verified)",
  },
  {
    layout: "binbashar/le-tf-infra-aws (2024)",
    layer: "apps-devstg/us-east-1/k8s-eks/cluster",
    provider: "kubernetes",
    locked: "2.23.0",
    constraint: "~> 2.10",
    source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf",
  },
  {
    layout: "binbashar/le-tf-infra-aws (2024)",
    layer: "apps-devstg/us-east-1/k8s-eks/cluster",
    provider: "aws",
    locked: "4.67.0",
    constraint: "~> 4.10",
    source: "examples/repos/leverage-2024 .terraform.lock.hcl, config.tf",
  },
  {
    layout: "binbashar/le-tf-infra-aws (2026)",
    layer: "apps-devstg/us-east-1/k8s-eks-demoapps/cluster",
    provider: "kubernetes",
    locked: "2.36.0",
    constraint: "~> 2.36",
    source: "examples/repos/leverage-2026 .terraform.lock.hcl, config.tf",
  },
  {
    layout: "binbashar/le-tf-infra-aws (2026)",
    layer: "apps-devstg/us-east-1/k8s-eks-demoapps/cluster",
    provider: "aws",
    locked: "5.95.0",
    constraint: "~> 5.95",
    source: "examples/repos/leverage-2026 .terraform.lock.hcl, config.tf",
  },
  {
    layout: "binbashar/le-tf-infra-aws (2026)",
    layer: "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components",
    provider: "helm",
    constraint: "~> 2.17",
    source: "examples/repos/leverage-2026 config.tf",
  },
  {
    layout: "binbashar/le-tf-infra-aws (2026)",
    layer: "apps-devstg/us-east-1/k8s-eks-demoapps/k8s-components",
    provider: "kubernetes",
    constraint: "~> 2.36",
    source: "examples/repos/leverage-2026 config.tf",
  },
];
