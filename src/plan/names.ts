// Every name a link creates, derived in one place so that the steps agree with each other and two
// links (different argocd-cluster-name) never share a name.

import { LayoutError } from "../core/errors.js";
import type { Layout } from "../layout/types.js";
import type { LinkRequest } from "../request/types.js";

export interface LinkNames {
  /** The link id: the ArgoCD cluster name (a DNS-1123 label). */
  id: string;
  /** The id with `-` as `_`, for Terraform names (injective: DNS labels hold no `_`). */
  snake: string;
  /** Helm release of the ArgoCD that gets the cluster. */
  release: string;
  releaseSnake: string;
  /** IAM role (source account) that the ArgoCD service accounts assume through IRSA; one per release. */
  sourceRoleName: string;
  sourceRoleNameExpr: string;
  sourceRoleArnExpr: string;
  /** IAM role (target account) that the source role assumes; one per link. */
  targetRoleName: string;
  targetRoleArnExpr: string;
  /** Kubernetes names in the target cluster. */
  k8sName: string;
  k8sGroup: string;
  /** Template variables added to the ArgoCD values template. */
  irsaVar: string;
  roleArnVar: string;
  tokenVar: string;
  /** Data source name for the target RBAC layer's state, in the ArgoCD layer. */
  remoteStateName: string;
  tokenOutput: string;
}

const IAM_ROLE_NAME_MAX = 64;

export const snakeCase = (name: string): string => name.replace(/-/g, "_");

export function linkNames(req: LinkRequest, layout: Layout, release: string): LinkNames {
  const id = req.argocdClusterName;
  const snake = snakeCase(id);
  const environment = layout.environments[req.sourceAccount] ?? req.sourceAccount;
  const roleBase = release.includes("argocd") ? release : `argocd-${release}`;
  const sourceRoleName = `${environment}-${roleBase}-irsa`;
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
  return {
    id,
    snake,
    release,
    releaseSnake: snakeCase(release),
    sourceRoleName,
    sourceRoleNameExpr: `\${var.environment}-${roleBase}-irsa`,
    sourceRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.sourceAccount}.id}:role/${sourceRoleName}`,
    targetRoleName,
    targetRoleArnExpr: `arn:aws:iam::\${var.accounts.${req.targetAccount}.id}:role/${targetRoleName}`,
    k8sName: `argocd-link-${id}`,
    k8sGroup: `argocd-link:${id}`,
    irsaVar: `argocd_link_irsa_role_arn`,
    roleArnVar: `argocd_link_${snake}_role_arn`,
    tokenVar: `argocd_link_${snake}_bearer_token`,
    remoteStateName: `argocd-link-${id}`,
    tokenOutput: `argocd_link_${snake}_bearer_token`,
  };
}

/** Marker written next to everything a link adds, so that reruns find (and replace) their own work. */
export const MARKER = "argocd-cluster-link";
export const markerFor = (id: string): string => `${MARKER}: ${id}`;

/** The branch of one step: stable across reruns, whatever steps are already merged. */
export function stepBranch(linkId: string, stepId: string): string {
  return `${MARKER}/${linkId}/${stepId}`;
}

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
