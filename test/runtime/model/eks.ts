// What an EKS cluster grants and serves, as data.
//
// Access policies: the AWS EKS user guide, "Review access policy permissions"
// (docs.aws.amazon.com/eks/latest/userguide/access-policy-permissions.html), read from its source
// awsdocs/amazon-eks-user-guide latest/ug/manage-access/k8s-access/access-policy-reference.adoc at
// commit 145543a96a20b66b1e946cd818943e5aa7713f6c. The tables are transcribed row by row.

import { READ, WRITE, type PolicyRule } from "./rbac.js";

const row = (apiGroups: string[], resources: string[], verbs: readonly string[]): PolicyRule => ({
  apiGroups,
  resources,
  verbs: [...verbs],
});

const VIEW_ROWS: PolicyRule[] = [
  row(
    ["apps"],
    [
      "controllerrevisions",
      "daemonsets",
      "daemonsets/status",
      "deployments",
      "deployments/scale",
      "deployments/status",
      "replicasets",
      "replicasets/scale",
      "replicasets/status",
      "statefulsets",
      "statefulsets/scale",
      "statefulsets/status",
    ],
    READ,
  ),
  row(["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"], READ),
  row(["batch"], ["cronjobs", "cronjobs/status", "jobs", "jobs/status"], READ),
  row(["discovery.k8s.io"], ["endpointslices"], READ),
  row(
    ["extensions"],
    [
      "daemonsets",
      "daemonsets/status",
      "deployments",
      "deployments/scale",
      "deployments/status",
      "ingresses",
      "ingresses/status",
      "networkpolicies",
      "replicasets",
      "replicasets/scale",
      "replicasets/status",
      "replicationcontrollers/scale",
    ],
    READ,
  ),
  row(["networking.k8s.io"], ["ingresses", "ingresses/status", "networkpolicies"], READ),
  row(["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"], READ),
  row(
    [""],
    [
      "configmaps",
      "endpoints",
      "persistentvolumeclaims",
      "persistentvolumeclaims/status",
      "pods",
      "replicationcontrollers",
      "replicationcontrollers/scale",
      "serviceaccounts",
      "services",
      "services/status",
    ],
    READ,
  ),
  row(
    [""],
    [
      "bindings",
      "events",
      "limitranges",
      "namespaces/status",
      "pods/log",
      "pods/status",
      "replicationcontrollers/status",
      "resourcequotas",
      "resourcequotas/status",
    ],
    READ,
  ),
  row([""], ["namespaces"], READ),
];

const EDIT_ROWS: PolicyRule[] = [
  ...VIEW_ROWS,
  row(
    ["apps"],
    [
      "daemonsets",
      "deployments",
      "deployments/rollback",
      "deployments/scale",
      "replicasets",
      "replicasets/scale",
      "statefulsets",
      "statefulsets/scale",
    ],
    WRITE,
  ),
  row(["autoscaling"], ["horizontalpodautoscalers"], WRITE),
  row(["batch"], ["cronjobs", "jobs"], WRITE),
  row(
    ["extensions"],
    [
      "daemonsets",
      "deployments",
      "deployments/rollback",
      "deployments/scale",
      "ingresses",
      "networkpolicies",
      "replicasets",
      "replicasets/scale",
      "replicationcontrollers/scale",
    ],
    WRITE,
  ),
  row(["networking.k8s.io"], ["ingresses", "networkpolicies"], WRITE),
  row(["policy"], ["poddisruptionbudgets"], WRITE),
  row(
    [""],
    ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"],
    READ,
  ),
  row([""], ["serviceaccounts"], ["impersonate"]),
  row([""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], WRITE),
  row(
    [""],
    [
      "configmaps",
      "events",
      "persistentvolumeclaims",
      "replicationcontrollers",
      "replicationcontrollers/scale",
      "secrets",
      "serviceaccounts",
      "services",
      "services/proxy",
    ],
    WRITE,
  ),
];

const ADMIN_ROWS: PolicyRule[] = [
  ...EDIT_ROWS,
  row(["authorization.k8s.io"], ["localsubjectaccessreviews"], ["create"]),
  row(["rbac.authorization.k8s.io"], ["rolebindings", "roles"], [...READ, ...WRITE]),
];

const POLICY_PREFIX = "arn:aws:eks::aws:cluster-access-policy/";

export const EKS_ACCESS_POLICIES: Record<string, PolicyRule[]> = {
  [`${POLICY_PREFIX}AmazonEKSClusterAdminPolicy`]: [row(["*"], ["*"], ["*"])],
  [`${POLICY_PREFIX}AmazonEKSAdminPolicy`]: ADMIN_ROWS,
  [`${POLICY_PREFIX}AmazonEKSEditPolicy`]: EDIT_ROWS,
  [`${POLICY_PREFIX}AmazonEKSViewPolicy`]: VIEW_ROWS,
};

/** Short name of an access policy ARN, for messages. */
export const policyName = (arn: string): string => arn.replace(POLICY_PREFIX, "");

/** One resource kind as discovery (`kubectl api-resources`) reports it. */
export interface ApiKind {
  group: string;
  /** Preferred version; informational. */
  version: string;
  resource: string;
  kind: string;
  namespaced: boolean;
  /** Whether discovery lists both `list` and `watch` among its verbs (ArgoCD skips the others). */
  listWatch: boolean;
  /** First Kubernetes minor version that serves it by default (GA), when later than 1.25. */
  since?: number;
  /** Where the kind comes from. */
  source: string;
}

const K8S =
  "Kubernetes built-in API (kubernetes.io/docs/reference/kubernetes-api, GA APIs served by default)";
const k = (
  group: string,
  version: string,
  resource: string,
  kind: string,
  namespaced: boolean,
  extra: Partial<ApiKind> = {},
): ApiKind => ({ group, version, resource, kind, namespaced, listWatch: true, source: K8S, ...extra });

/**
 * The kinds a default EKS cluster serves: the GA Kubernetes APIs (beta APIs are off by default
 * since Kubernetes 1.24, and EKS does not turn them on) plus the CRDs EKS itself installs.
 * Add-ons a layer installs (metrics-server, cert-manager, ...) are not part of a default cluster.
 */
export const EKS_DEFAULT_KINDS: ApiKind[] = [
  // core
  k("", "v1", "bindings", "Binding", true, { listWatch: false }), // create only
  k("", "v1", "componentstatuses", "ComponentStatus", false, { listWatch: false }), // get, list: no watch
  k("", "v1", "configmaps", "ConfigMap", true),
  k("", "v1", "endpoints", "Endpoints", true),
  k("", "v1", "events", "Event", true),
  k("", "v1", "limitranges", "LimitRange", true),
  k("", "v1", "namespaces", "Namespace", false),
  k("", "v1", "nodes", "Node", false),
  k("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", true),
  k("", "v1", "persistentvolumes", "PersistentVolume", false),
  k("", "v1", "pods", "Pod", true),
  k("", "v1", "podtemplates", "PodTemplate", true),
  k("", "v1", "replicationcontrollers", "ReplicationController", true),
  k("", "v1", "resourcequotas", "ResourceQuota", true),
  k("", "v1", "secrets", "Secret", true),
  k("", "v1", "serviceaccounts", "ServiceAccount", true),
  k("", "v1", "services", "Service", true),
  // admissionregistration.k8s.io
  k(
    "admissionregistration.k8s.io",
    "v1",
    "mutatingwebhookconfigurations",
    "MutatingWebhookConfiguration",
    false,
  ),
  k(
    "admissionregistration.k8s.io",
    "v1",
    "validatingwebhookconfigurations",
    "ValidatingWebhookConfiguration",
    false,
  ),
  k("admissionregistration.k8s.io", "v1", "validatingadmissionpolicies", "ValidatingAdmissionPolicy", false, {
    since: 30,
  }),
  k(
    "admissionregistration.k8s.io",
    "v1",
    "validatingadmissionpolicybindings",
    "ValidatingAdmissionPolicyBinding",
    false,
    { since: 30 },
  ),
  // apiextensions.k8s.io, apiregistration.k8s.io
  k("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false),
  k("apiregistration.k8s.io", "v1", "apiservices", "APIService", false),
  // apps
  k("apps", "v1", "controllerrevisions", "ControllerRevision", true),
  k("apps", "v1", "daemonsets", "DaemonSet", true),
  k("apps", "v1", "deployments", "Deployment", true),
  k("apps", "v1", "replicasets", "ReplicaSet", true),
  k("apps", "v1", "statefulsets", "StatefulSet", true),
  // authentication.k8s.io, authorization.k8s.io: create-only reviews
  k("authentication.k8s.io", "v1", "selfsubjectreviews", "SelfSubjectReview", false, {
    listWatch: false,
    since: 28,
  }),
  k("authentication.k8s.io", "v1", "tokenreviews", "TokenReview", false, { listWatch: false }),
  k("authorization.k8s.io", "v1", "localsubjectaccessreviews", "LocalSubjectAccessReview", true, {
    listWatch: false,
  }),
  k("authorization.k8s.io", "v1", "selfsubjectaccessreviews", "SelfSubjectAccessReview", false, {
    listWatch: false,
  }),
  k("authorization.k8s.io", "v1", "selfsubjectrulesreviews", "SelfSubjectRulesReview", false, {
    listWatch: false,
  }),
  k("authorization.k8s.io", "v1", "subjectaccessreviews", "SubjectAccessReview", false, { listWatch: false }),
  // autoscaling, batch
  k("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true),
  k("batch", "v1", "cronjobs", "CronJob", true),
  k("batch", "v1", "jobs", "Job", true),
  // certificates.k8s.io, coordination.k8s.io, discovery.k8s.io, events.k8s.io
  k("certificates.k8s.io", "v1", "certificatesigningrequests", "CertificateSigningRequest", false),
  k("coordination.k8s.io", "v1", "leases", "Lease", true),
  k("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true),
  k("events.k8s.io", "v1", "events", "Event", true),
  // flowcontrol.apiserver.k8s.io (v1 from 1.29, v1beta3 before: served by default either way)
  k("flowcontrol.apiserver.k8s.io", "v1", "flowschemas", "FlowSchema", false),
  k("flowcontrol.apiserver.k8s.io", "v1", "prioritylevelconfigurations", "PriorityLevelConfiguration", false),
  // networking.k8s.io
  k("networking.k8s.io", "v1", "ingressclasses", "IngressClass", false),
  k("networking.k8s.io", "v1", "ingresses", "Ingress", true),
  k("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true),
  k("networking.k8s.io", "v1", "ipaddresses", "IPAddress", false, { since: 33 }),
  k("networking.k8s.io", "v1", "servicecidrs", "ServiceCIDR", false, { since: 33 }),
  // node.k8s.io, policy, rbac, scheduling, storage
  k("node.k8s.io", "v1", "runtimeclasses", "RuntimeClass", false),
  k("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true),
  k("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", false),
  k("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false),
  k("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", true),
  k("rbac.authorization.k8s.io", "v1", "roles", "Role", true),
  k("scheduling.k8s.io", "v1", "priorityclasses", "PriorityClass", false),
  k("storage.k8s.io", "v1", "csidrivers", "CSIDriver", false),
  k("storage.k8s.io", "v1", "csinodes", "CSINode", false),
  k("storage.k8s.io", "v1", "csistoragecapacities", "CSIStorageCapacity", true),
  k("storage.k8s.io", "v1", "storageclasses", "StorageClass", false),
  k("storage.k8s.io", "v1", "volumeattachments", "VolumeAttachment", false),
  // CRDs EKS installs on every cluster
  k("crd.k8s.amazonaws.com", "v1alpha1", "eniconfigs", "ENIConfig", false, {
    source:
      "Amazon VPC CNI: aws/amazon-vpc-cni-k8s charts/aws-vpc-cni/crds/customresourcedefinition.yaml (commit 026ee6e6)",
  }),
  k("networking.k8s.aws", "v1alpha1", "policyendpoints", "PolicyEndpoint", true, {
    source: "Amazon VPC CNI network policy (1.14+): same file as eniconfigs",
  }),
  k("vpcresources.k8s.aws", "v1alpha1", "cninodes", "CNINode", false, {
    source:
      "EKS VPC resource controller: aws/amazon-vpc-resource-controller-k8s config/crd/bases/vpcresources.k8s.aws_cninodes.yaml (commit 03eb7d40)",
  }),
  k("vpcresources.k8s.aws", "v1beta1", "securitygrouppolicies", "SecurityGroupPolicy", true, {
    source:
      "EKS VPC resource controller: aws/amazon-vpc-resource-controller-k8s config/crd/bases/vpcresources.k8s.aws_securitygrouppolicies.yaml (commit 081e210b)",
  }),
];

/** The kinds served by a default EKS cluster of Kubernetes `version` (e.g. "1.29"). */
export function eksKinds(version: string): ApiKind[] {
  const minor = /^1\.(\d+)$/.exec(version)?.[1];
  if (minor === undefined)
    throw new Error(`cluster version must look like 1.<minor>, got ${JSON.stringify(version)}`);
  return EKS_DEFAULT_KINDS.filter((x) => x.since === undefined || x.since <= Number(minor));
}

/** kubectl's name for a kind's resource: `roles.rbac.authorization.k8s.io`, `pods`. */
export const resourceId = (x: { group: string; resource: string }): string =>
  x.group ? `${x.resource}.${x.group}` : x.resource;
