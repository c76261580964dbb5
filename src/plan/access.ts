// How a link's access is granted in the target cluster, decided from the request and the cluster's
// authentication mode; shared by discovery (which layers are needed) and the planner.

import { LayoutError } from "../core/errors.js";
import type { AuthenticationMode } from "../facts/types.js";
import type { ClusterLayer } from "../layout/types.js";
import type { LinkRequest } from "../request/types.js";

/** Whether the grant in the target is cluster-wide (no namespaces). */
export function clusterWide(req: LinkRequest): boolean {
  return req.namespaces.length === 0;
}

/** How an iam-role link's role gets Kubernetes access in the target cluster. */
export type ClusterGrant = "access-entry" | "aws-auth";

/**
 * Access entries when the cluster accepts them (mode API or API_AND_CONFIG_MAP) and the cluster
 * layer's AWS provider can manage them; otherwise the aws-auth map_roles list.
 */
export function clusterGrant(
  mode: AuthenticationMode | undefined,
  cluster: Pick<ClusterLayer, "path" | "accessEntries">,
): ClusterGrant {
  if (mode === "CONFIG_MAP") return "aws-auth";
  if (cluster.accessEntries.supported) return "access-entry";
  if (mode === "API") {
    throw new LayoutError(
      `The target cluster only accepts EKS access entries (authentication mode API), but ${cluster.accessEntries.why}. ` +
        `Raise the provider version of ${cluster.path} (and run leverage tf init -upgrade there), then run again.`,
    );
  }
  return "aws-auth";
}

/**
 * Whether the link needs RBAC objects in the target: a bearer token's ServiceAccount, an aws-auth
 * group without cluster-admin, or the cluster-scoped kinds of `cluster-resources`.
 */
export function rbacNeeded(req: LinkRequest, grant: ClusterGrant): boolean {
  if (req.method === "bearer-token" || req.clusterResources) return true;
  return grant === "aws-auth" && req.access !== "cluster-admin";
}
