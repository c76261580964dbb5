// Kubernetes RBAC as data: rules, the built-in user-facing ClusterRoles, and the check the
// RBAC authorizer makes for one request.
//
// Source of the built-in roles: kubernetes/kubernetes
// plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go, the `admin`, `edit` and `view`
// ClusterRoles (aggregation rules only) and the `system:aggregate-to-{admin,edit,view}` roles they
// aggregate. Read at the upstream-tracking fork pohly/kubernetes commit
// 06577f37025fa29b71290c55f25ed5b1b0bcaef6 (the upstream repository is too large to fetch on this
// machine); cross-checked against openshift/kubernetes commit 008b831cd975928425965089429cd5ee7e26ff49,
// whose view/admin rules are the same and whose edit adds read/write on coordination.k8s.io leases
// (ArgoCD never lists leases, see argocd.ts). Aggregation: edit carries the label
// aggregate-to-admin and view the label aggregate-to-edit, so admin ⊇ edit ⊇ view. Only the
// bootstrap roles are aggregated here: an EKS cluster adds none with those labels by default.

export const READ = ["get", "list", "watch"] as const;
export const WRITE = ["create", "update", "patch", "delete", "deletecollection"] as const;
const READ_WRITE = [...READ, ...WRITE];

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  /** A rule limited to names never allows list or watch of a whole collection. */
  resourceNames?: string[];
}

const rule = (verbs: readonly string[], apiGroups: string[], resources: string[]): PolicyRule => ({
  apiGroups,
  resources,
  verbs: [...verbs],
});

/** system:aggregate-to-view */
const AGGREGATE_TO_VIEW: PolicyRule[] = [
  rule(
    READ,
    [""],
    [
      "pods",
      "replicationcontrollers",
      "replicationcontrollers/scale",
      "serviceaccounts",
      "services",
      "services/status",
      "endpoints",
      "persistentvolumeclaims",
      "persistentvolumeclaims/status",
      "configmaps",
    ],
  ),
  rule(
    READ,
    [""],
    [
      "limitranges",
      "resourcequotas",
      "bindings",
      "events",
      "pods/status",
      "resourcequotas/status",
      "namespaces/status",
      "replicationcontrollers/status",
      "pods/log",
    ],
  ),
  // At namespace scope this reads only the bound namespace itself.
  rule(READ, [""], ["namespaces"]),
  rule(READ, ["discovery.k8s.io"], ["endpointslices"]),
  rule(
    READ,
    ["apps"],
    [
      "controllerrevisions",
      "statefulsets",
      "statefulsets/status",
      "statefulsets/scale",
      "daemonsets",
      "daemonsets/status",
      "deployments",
      "deployments/status",
      "deployments/scale",
      "replicasets",
      "replicasets/status",
      "replicasets/scale",
    ],
  ),
  rule(READ, ["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"]),
  rule(READ, ["batch"], ["jobs", "cronjobs", "cronjobs/status", "jobs/status"]),
  rule(
    READ,
    ["extensions"],
    [
      "daemonsets",
      "daemonsets/status",
      "deployments",
      "deployments/scale",
      "deployments/status",
      "ingresses",
      "ingresses/status",
      "replicasets",
      "replicasets/scale",
      "replicasets/status",
      "replicationcontrollers/scale",
      "networkpolicies",
    ],
  ),
  rule(READ, ["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"]),
  rule(READ, ["networking.k8s.io"], ["networkpolicies", "ingresses", "ingresses/status"]),
];

/** system:aggregate-to-edit */
const AGGREGATE_TO_EDIT: PolicyRule[] = [
  rule(
    READ,
    [""],
    ["pods/attach", "pods/proxy", "pods/exec", "pods/portforward", "secrets", "services/proxy"],
  ),
  rule(["impersonate"], [""], ["serviceaccounts"]),
  rule(WRITE, [""], ["pods", "pods/attach", "pods/proxy", "pods/exec", "pods/portforward"]),
  rule(["create"], [""], ["pods/eviction"]),
  rule(
    WRITE,
    [""],
    [
      "replicationcontrollers",
      "replicationcontrollers/scale",
      "serviceaccounts",
      "services",
      "services/proxy",
      "persistentvolumeclaims",
      "configmaps",
      "secrets",
      "events",
    ],
  ),
  rule(["create"], [""], ["serviceaccounts/token"]),
  rule(
    WRITE,
    ["apps"],
    [
      "statefulsets",
      "statefulsets/scale",
      "daemonsets",
      "deployments",
      "deployments/scale",
      "deployments/rollback",
      "replicasets",
      "replicasets/scale",
    ],
  ),
  rule(WRITE, ["autoscaling"], ["horizontalpodautoscalers"]),
  rule(WRITE, ["batch"], ["jobs", "cronjobs"]),
  rule(
    WRITE,
    ["extensions"],
    [
      "daemonsets",
      "deployments",
      "deployments/scale",
      "deployments/rollback",
      "ingresses",
      "replicasets",
      "replicasets/scale",
      "replicationcontrollers/scale",
      "networkpolicies",
    ],
  ),
  rule(WRITE, ["policy"], ["poddisruptionbudgets"]),
  rule(WRITE, ["networking.k8s.io"], ["networkpolicies", "ingresses"]),
];

/** system:aggregate-to-admin */
const AGGREGATE_TO_ADMIN: PolicyRule[] = [
  rule(["create"], ["authorization.k8s.io"], ["localsubjectaccessreviews"]),
  rule(READ_WRITE, ["rbac.authorization.k8s.io"], ["roles", "rolebindings"]),
];

export const BUILTIN_CLUSTER_ROLES: Record<"cluster-admin" | "admin" | "edit" | "view", PolicyRule[]> = {
  "cluster-admin": [rule(["*"], ["*"], ["*"])],
  admin: [...AGGREGATE_TO_VIEW, ...AGGREGATE_TO_EDIT, ...AGGREGATE_TO_ADMIN],
  edit: [...AGGREGATE_TO_VIEW, ...AGGREGATE_TO_EDIT],
  view: [...AGGREGATE_TO_VIEW],
};

export function isBuiltinClusterRole(name: string): name is keyof typeof BUILTIN_CLUSTER_ROLES {
  return Object.hasOwn(BUILTIN_CLUSTER_ROLES, name);
}

/** Whether one rule allows `verb` on `group`/`resource` (the RBAC authorizer's RuleAllows). */
export function ruleAllows(r: PolicyRule, verb: string, group: string, resource: string): boolean {
  const has = (list: string[], value: string) => list.includes("*") || list.includes(value);
  if (!has(r.verbs, verb) || !has(r.apiGroups, group) || !has(r.resources, resource)) return false;
  // A rule limited to names cannot authorize a collection request.
  return !(
    r.resourceNames?.length &&
    (verb === "list" || verb === "watch" || verb === "create" || verb === "deletecollection")
  );
}

export function rulesAllow(rules: PolicyRule[], verb: string, group: string, resource: string): boolean {
  return rules.some((r) => ruleAllows(r, verb, group, resource));
}
