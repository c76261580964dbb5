export const METHODS = ["iam-role", "bearer-token"] as const;
export type LinkMethod = (typeof METHODS)[number];

export const ACCESS_LEVELS = ["cluster-admin", "admin", "edit", "view"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** A validated link request. Field names are the camelCase of the kebab-case request keys. */
export interface LinkRequest {
  /** Account folder where ArgoCD runs, e.g. `shared`. */
  sourceAccount: string;
  /** Account folder of the cluster to link, e.g. `apps-devstg`. */
  targetAccount: string;
  /** AWS region of the target cluster, e.g. `us-east-1`. */
  targetRegion: string;
  /** EKS cluster name of the target. */
  targetCluster: string;
  method: LinkMethod;
  /** Namespaces ArgoCD may deploy to; empty means cluster-wide. Sorted, unique. */
  namespaces: string[];
  /** Whether ArgoCD may manage cluster-scoped resources when `namespaces` is set. */
  clusterResources: boolean;
  /** Helm release name of the ArgoCD to add the cluster to (or of the dedicated instance to create). */
  argocdInstance?: string;
  /** Create a new ArgoCD instance for this target. */
  dedicatedInstance: boolean;
  access: AccessLevel;
  /**
   * ArgoCD before 2.9 only (no resource.respectRBAC): accepts that the link also reads Secrets and RBAC
   * objects its access level does not read, which that ArgoCD's cluster cache must list.
   */
  readBeyondAccess: boolean;
  /** DNS-1123 label shown in ArgoCD; defaulted from the target cluster name. */
  argocdClusterName: string;
  /** Labels for the ArgoCD cluster secret. */
  labels: Record<string, string>;
  /** Layer path overrides (relative to the repository root). */
  targetClusterLayer?: string;
  argocdLayer?: string;
  targetRbacLayer?: string;
}
