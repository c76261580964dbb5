// Every name a link, a release or a dedicated instance creates, derived in one place so that the
// steps agree with each other and no request can make two of them equal.
//
// The namespaces (s = a link id with `-` as `_`, r = a release name with `-` as `_`):
// - a link's files, Terraform names and template variables start with `argocd_link_<s>` and, when
//   they need a kind suffix, add it after `__` (`argocd_link_<s>__access.tf`); Kubernetes names are
//   `argocd-link-<id>` and `argocd-link-<id>--<kind>`. A link id is a DNS label without `--`
//   (request/parse.ts), so `<s>` never holds `__` and never starts or ends with `_`: no link id can
//   produce another link's suffixed name, nor a kind suffix of its own.
// - a release's files and names start with `argocd_release_<r>` / `argocd-release-<r>` and its IRSA
//   template variable is `argocd_release_irsa_role_arn`: `argocd_release` is not `argocd_link`.
// - a dedicated instance's files start with `argocd_instance_<r>` (Terraform) and
//   `chart-values/argocd-instance-<release>.yaml` (values): neither is a link's nor a release's prefix.
//   Its `helm_release` and `kubernetes_namespace_v1` keep the names `argocd_link_<r>`: no link
//   declares resources of those types, and renaming them would replace a live ArgoCD.
// - a file shared by the links of one layer starts with `argocd_layer__` (the kubernetes provider a
//   bearer-token link adds to an identities layer: `argocd_layer__kubernetes_provider.tf`).
//
// Links applied before this scheme keep their names (renaming a Terraform address replaces the
// resource): plan.ts finds them with legacyNames() and passes them in; see LegacyNames for how each
// old name is recognised.

import { LayoutError } from "../core/errors.js";
import type { Layout } from "../layout/types.js";
import type { LinkRequest } from "../request/types.js";

export interface LinkNames {
  /** The link id: the ArgoCD cluster name (a DNS-1123 label without `--`). */
  id: string;
  /** The id with `-` as `_`, for Terraform names (injective: DNS labels hold no `_`). */
  snake: string;
  /** Helm release of the ArgoCD that gets the cluster. */
  release: string;
  releaseSnake: string;
  /** IAM role (source account) that the ArgoCD service accounts assume through IRSA; one per release and cluster. */
  sourceRoleName: string;
  sourceRoleNameExpr: string;
  sourceRoleArnExpr: string;
  /** IAM role (target account) that the source role assumes; one per link. */
  targetRoleName: string;
  targetRoleArnExpr: string;
  /** Kubernetes names in the target cluster. */
  k8sName: string;
  k8sGroup: string;
  /** The ClusterRole (and binding) of `cluster-resources`: Terraform and Kubernetes names. */
  clusterScopedTf: string;
  clusterScopedK8s: string;
  /**
   * The extra read of ArgoCD before 2.9 (no respectRBAC): its ClusterRole and bindings, and, with
   * cluster-resources, the ClusterRole of the cluster-scoped kinds: Terraform and Kubernetes names.
   */
  cacheReadTf: string;
  cacheReadK8s: string;
  cacheReadClusterTf: string;
  cacheReadClusterK8s: string;
  /** Template variables added to the ArgoCD values template. */
  irsaVar: string;
  roleArnVar: string;
  tokenVar: string;
  /** Data source name for the target RBAC layer's state, in the ArgoCD layer. */
  remoteStateName: string;
  tokenOutput: string;
  /** File names (inside their layer) of every file the link, its release or its instance writes. */
  files: {
    /** Source identities layer: the release's IRSA role (shared by the release's links). */
    releaseRole: string;
    /** Source identities layer: this link's assume policy. */
    linkPolicy: string;
    /** Target base-identities layer: this link's role. */
    targetRole: string;
    /** Target RBAC layer: this link's RBAC (and ServiceAccount token). */
    rbac: string;
    /** Target cluster layer: this link's EKS access entry. */
    accessEntry: string;
    /** ArgoCD layer: the remote state this link's bearer token is read from. */
    tokenState: string;
    /** ArgoCD layer: a dedicated instance's helm_release. */
    instanceRelease: string;
    /** ArgoCD layer, relative: a dedicated instance's values template. */
    instanceValues: string;
  };
}

/**
 * Names already in the repository from before the naming scheme, reused so that an applied link or
 * release keeps its Terraform addresses and AWS names. Each is found by plan.ts (legacyNames):
 * - releaseRoleFile / sourceRoleNameExpr: `ids_argocd_link_<r>.tf` in the identities layer whose first
 *   line is the release's IRSA role header (releaseRoleHeader); its `role_name` is kept as written, so
 *   the role keeps its name (`<environment>-<release>-irsa`) and is never replaced.
 * - accessEntryFile: `argocd_link_<s>_access.tf` in the cluster layer, owned by this link.
 * - clusterScoped: `argocd_link_<s>_cluster_scoped` in this link's RBAC file.
 * - irsaVar: `argocd_link_irsa_role_arn` among the release's template variables, with the release's
 *   IRSA role ARN as its value (a link named `irsa` then cannot be added to that release).
 */
export interface LegacyNames {
  releaseRoleFile?: string;
  sourceRoleNameExpr?: string;
  accessEntryFile?: string;
  clusterScoped?: boolean;
  irsaVar?: boolean;
}

export const LEGACY_IRSA_VAR = "argocd_link_irsa_role_arn";
const IAM_ROLE_NAME_MAX = 64;

export const snakeCase = (name: string): string => name.replace(/-/g, "_");

/** First line of a release's IRSA role file (also how a legacy file is recognised). */
export const releaseRoleHeader = (release: string): string =>
  `# ${MARKER}: IRSA role of the ArgoCD release "${release}"`;

/** First line of a dedicated instance's files (how a second link recognises the instance). */
export const instanceHeader = (release: string): string =>
  `# ${MARKER}: dedicated ArgoCD instance "${release}"`;

/** The folders that name the cluster an ArgoCD layer belongs to: `<account>/<region>/<cluster>/<layer>`. */
function clusterOf(argocdLayer: string): { region: string; cluster: string } {
  const parts = argocdLayer.split("/");
  return { region: parts[1] ?? "", cluster: parts.length >= 3 ? parts[parts.length - 2]! : "" };
}

/** The file and resource names discovery looks for before the grant is decided (see discoverGrantInputs). */
export function linkFileNames(id: string): { rbacFile: string; cacheReadResource: string } {
  const snake = snakeCase(id);
  return { rbacFile: `argocd_link_${snake}.tf`, cacheReadResource: `argocd_link_${snake}__cache_read` };
}

export function linkNames(
  req: LinkRequest,
  layout: Layout,
  release: string,
  legacy: LegacyNames = {},
): LinkNames {
  const id = req.argocdClusterName;
  const snake = snakeCase(id);
  const releaseSnake = snakeCase(release);
  const environment = layout.environments[req.sourceAccount] ?? req.sourceAccount;
  const roleBase = release.includes("argocd") ? release : `argocd-${release}`;
  // One role per account and cluster: IAM names are account-wide, and one account may run several
  // clusters (and regions) with a release of the same name.
  const { region, cluster } = clusterOf(layout.argocd.layer);
  const roleSuffix = `${[region, cluster].filter(Boolean).join("-")}-${roleBase}-irsa`;
  const sourceRoleNameExpr = legacy.sourceRoleNameExpr ?? `\${var.environment}-${roleSuffix}`;
  const sourceRoleName = sourceRoleNameExpr.replace("${var.environment}", environment);
  const targetRoleName = `argocd-link-${id}`;
  for (const [what, name] of [
    ["source IAM role", sourceRoleName],
    ["target IAM role", targetRoleName],
  ] as const) {
    if (name.length > IAM_ROLE_NAME_MAX) {
      throw new LayoutError(
        `The ${what} name "${name}" would be ${name.length} characters; IAM allows ${IAM_ROLE_NAME_MAX}. ` +
          `Use a shorter argocd-cluster-name or argocd-instance.`,
      );
    }
  }
  const roleArnVar = `argocd_link_${snake}_role_arn`;
  const irsaVar = legacy.irsaVar ? LEGACY_IRSA_VAR : "argocd_release_irsa_role_arn";
  if (roleArnVar === irsaVar) {
    throw new LayoutError(
      `argocd-cluster-name "${id}": its template variable ${roleArnVar} is the IRSA variable the ArgoCD release ` +
        `"${release}" already uses (written before link and release names were kept apart). Choose another ` +
        `argocd-cluster-name.`,
    );
  }
  const linkPolicy = `ids_argocd_link_${snake}.tf`;
  if (legacy.releaseRoleFile === linkPolicy) {
    throw new LayoutError(
      `argocd-cluster-name "${id}": its policy file would be ${linkPolicy}, the IRSA role file of the ArgoCD ` +
        `release "${release}" (named before link and release names were kept apart). Choose another ` +
        `argocd-cluster-name.`,
    );
  }
  return {
    id,
    snake,
    release,
    releaseSnake,
    sourceRoleName,
    sourceRoleNameExpr,
    // Resolved: the target account reads it, and its var.environment is not the source account's.
    sourceRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.sourceAccount}.id}:role/${sourceRoleName}`,
    targetRoleName,
    targetRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.targetAccount}.id}:role/${targetRoleName}`,
    k8sName: `argocd-link-${id}`,
    k8sGroup: `argocd-link:${id}`,
    clusterScopedTf: legacy.clusterScoped
      ? `argocd_link_${snake}_cluster_scoped`
      : `argocd_link_${snake}__cluster_scoped`,
    clusterScopedK8s: legacy.clusterScoped
      ? `argocd-link-${id}-cluster-scoped`
      : `argocd-link-${id}--cluster-scoped`,
    cacheReadTf: linkFileNames(id).cacheReadResource,
    cacheReadK8s: `argocd-link-${id}--cache-read`,
    cacheReadClusterTf: `argocd_link_${snake}__cache_read_cluster`,
    cacheReadClusterK8s: `argocd-link-${id}--cache-read-cluster`,
    irsaVar,
    roleArnVar,
    tokenVar: `argocd_link_${snake}_bearer_token`,
    remoteStateName: `argocd-link-${id}`,
    tokenOutput: `argocd_link_${snake}_bearer_token`,
    files: {
      releaseRole: legacy.releaseRoleFile ?? `ids_argocd_release_${releaseSnake}.tf`,
      linkPolicy,
      targetRole: `argocd_link_${snake}.tf`,
      rbac: linkFileNames(id).rbacFile,
      accessEntry: legacy.accessEntryFile ?? `argocd_link_${snake}__access.tf`,
      tokenState: `argocd_link_${snake}.tf`,
      instanceRelease: `argocd_instance_${releaseSnake}.tf`,
      instanceValues: `chart-values/argocd-instance-${release}.yaml`,
    },
  };
}

/** Marker written next to everything a link adds, so that reruns find (and replace) their own work. */
export const MARKER = "argocd-cluster-link";
export const markerFor = (id: string): string => `${MARKER}: ${id}`;

/** Who a link connects, as written in the files it owns. */
export function ownerLine(
  release: string,
  req: Pick<LinkRequest, "sourceAccount" | "targetAccount" | "targetRegion" | "targetCluster">,
): string {
  return `link: ArgoCD ${release} in ${req.sourceAccount} -> ${req.targetAccount}/${req.targetRegion}/${req.targetCluster}`;
}

/** The owner line of a file written by the link `id`, if it is one. */
export function ownerOf(text: string, id: string): string | undefined {
  const lines = text.split("\n", 3);
  if (lines[0] !== `# ${markerFor(id)}`) return undefined;
  return lines[1]?.startsWith("# link: ") ? lines[1].slice(2) : "";
}
