// The resource kinds an EKS cluster serves by default that ArgoCD's cluster cache lists, and which
// built-in ClusterRole already reads each. Facts and lookups only.
//
// Sources:
// - Kubernetes API reference (kubernetes.io/docs/reference/kubernetes-api), GA APIs served by
//   default up to Kubernetes 1.33; beta APIs are off by default since 1.24 and EKS keeps them off.
//   Kinds served only from a later minor are listed too: a rule for a kind the cluster does not
//   serve yet is inert, and keeps the link working when the cluster is upgraded.
// - CRDs EKS installs on every cluster: aws/amazon-vpc-cni-k8s
//   charts/aws-vpc-cni/crds/customresourcedefinition.yaml (eniconfigs, policyendpoints) and
//   aws/amazon-vpc-resource-controller-k8s config/crd/bases (cninodes, securitygrouppolicies).
// - Which built-in role reads a kind: kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/
//   policy.go, system:aggregate-to-{view,edit,admin} (view ⊂ edit ⊂ admin by aggregation).
//   AWS documents AmazonEKS{View,Edit,Admin}Policy with the same read rows.
// - Left out because the cache never lists them: kinds without both list and watch (bindings,
//   componentstatuses, the review kinds) and argo-cd's core exclusions (util/settings/
//   resources_filter.go: events, events.k8s.io, metrics.k8s.io, coordination.k8s.io leases).

/** The built-in ClusterRoles below cluster-admin, weakest first: each reads what the one before reads. */
export const READ_LEVELS = ["view", "edit", "admin"] as const;
export type ReadLevel = (typeof READ_LEVELS)[number];

export interface CachedKind {
  /** API group, "" for the core group. */
  group: string;
  /** Plural resource name, as RBAC rules name it. */
  resource: string;
  namespaced: boolean;
  /**
   * The weakest built-in ClusterRole that reads it: in a namespace it is bound in, or, for a
   * cluster-scoped kind, when bound cluster-wide (only namespaces: view reads them).
   */
  readBy?: ReadLevel;
  /** Secrets and RBAC objects: reading them beyond the access level needs an explicit request. */
  sensitive?: true;
}

const ns = (group: string, resource: string, readBy?: ReadLevel, sensitive?: true): CachedKind => ({
  group,
  resource,
  namespaced: true,
  ...(readBy ? { readBy } : {}),
  ...(sensitive ? { sensitive } : {}),
});
const cluster = (group: string, resource: string, readBy?: ReadLevel, sensitive?: true): CachedKind => ({
  group,
  resource,
  namespaced: false,
  ...(readBy ? { readBy } : {}),
  ...(sensitive ? { sensitive } : {}),
});

export const CACHED_KINDS: readonly CachedKind[] = [
  ns("", "configmaps", "view"),
  ns("", "endpoints", "view"),
  ns("", "limitranges", "view"),
  ns("", "persistentvolumeclaims", "view"),
  ns("", "pods", "view"),
  ns("", "podtemplates"),
  ns("", "replicationcontrollers", "view"),
  ns("", "resourcequotas", "view"),
  ns("", "secrets", "edit", true),
  ns("", "serviceaccounts", "view"),
  ns("", "services", "view"),
  ns("apps", "controllerrevisions", "view"),
  ns("apps", "daemonsets", "view"),
  ns("apps", "deployments", "view"),
  ns("apps", "replicasets", "view"),
  ns("apps", "statefulsets", "view"),
  ns("autoscaling", "horizontalpodautoscalers", "view"),
  ns("batch", "cronjobs", "view"),
  ns("batch", "jobs", "view"),
  ns("discovery.k8s.io", "endpointslices", "view"),
  ns("networking.k8s.io", "ingresses", "view"),
  ns("networking.k8s.io", "networkpolicies", "view"),
  ns("policy", "poddisruptionbudgets", "view"),
  ns("rbac.authorization.k8s.io", "rolebindings", "admin", true),
  ns("rbac.authorization.k8s.io", "roles", "admin", true),
  ns("storage.k8s.io", "csistoragecapacities"),
  ns("networking.k8s.aws", "policyendpoints"),
  ns("vpcresources.k8s.aws", "securitygrouppolicies"),
  cluster("", "namespaces", "view"),
  cluster("", "nodes"),
  cluster("", "persistentvolumes"),
  cluster("admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
  cluster("admissionregistration.k8s.io", "validatingadmissionpolicies"),
  cluster("admissionregistration.k8s.io", "validatingadmissionpolicybindings"),
  cluster("admissionregistration.k8s.io", "validatingwebhookconfigurations"),
  cluster("apiextensions.k8s.io", "customresourcedefinitions"),
  cluster("apiregistration.k8s.io", "apiservices"),
  cluster("certificates.k8s.io", "certificatesigningrequests"),
  cluster("flowcontrol.apiserver.k8s.io", "flowschemas"),
  cluster("flowcontrol.apiserver.k8s.io", "prioritylevelconfigurations"),
  cluster("networking.k8s.io", "ingressclasses"),
  cluster("networking.k8s.io", "ipaddresses"),
  cluster("networking.k8s.io", "servicecidrs"),
  cluster("node.k8s.io", "runtimeclasses"),
  cluster("rbac.authorization.k8s.io", "clusterrolebindings", undefined, true),
  cluster("rbac.authorization.k8s.io", "clusterroles", undefined, true),
  cluster("scheduling.k8s.io", "priorityclasses"),
  cluster("storage.k8s.io", "csidrivers"),
  cluster("storage.k8s.io", "csinodes"),
  cluster("storage.k8s.io", "storageclasses"),
  cluster("storage.k8s.io", "volumeattachments"),
  cluster("crd.k8s.amazonaws.com", "eniconfigs"),
  cluster("vpcresources.k8s.aws", "cninodes"),
];

/** Whether the built-in ClusterRole `level` reads the kind (a cluster-scoped one when bound cluster-wide). */
export function levelReads(level: ReadLevel, kind: CachedKind): boolean {
  return kind.readBy !== undefined && READ_LEVELS.indexOf(kind.readBy) <= READ_LEVELS.indexOf(level);
}

/** kubectl's name for a kind: `roles.rbac.authorization.k8s.io`, `pods`. */
export const kindId = (kind: Pick<CachedKind, "group" | "resource">): string =>
  kind.group ? `${kind.resource}.${kind.group}` : kind.resource;
