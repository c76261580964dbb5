// CHARACTERIZATION of issue 8 ("links that work once applied"), not the target state.
//
// For every valid cell of access level × scope × method × authentication mode × chart family,
// the link is planned on the example repository of that chart family and its generated files are
// judged by the runtime checker (./checker.ts): which lists ArgoCD's cluster cache makes that the
// link's identity may not make (a Forbidden fails the whole cluster in ArgoCD), and what the
// grants allow beyond the promised access level. TODAY most cells below cluster-admin have
// violations: the table records them exactly, so this test passes now and fails on any change.
// Whoever fixes the generated files (configs.cm."resource.respectRBAC" where the release's
// ArgoCD is 2.9 or later, read-only rules for the missing kinds or per-cluster
// resource.exclusions where it is not) turns each cell's expectation into
// `{ violations: [], overGrants: [] }`. cluster-admin cells must have none, and already do.
//
// Cells: cluster-admin is cluster-wide only (the request parser refuses namespaces for it).
// Chart families: 5.x = leverage-2024 (argo-cd 5.8.3, ArgoCD v2.5.0, EKS 1.28), 6.x = guide
// (6.7.3, v2.10.4, EKS 1.29), 7.x = leverage-2026 (7.9.1, v2.14.11, EKS 1.32). Namespaced cells
// manage team-a and team-b. Where the cluster layer cannot manage access entries (2024, guide),
// API_AND_CONFIG_MAP falls back to aws-auth, as the grants column shows.
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { checkRuntime, describeGrant } from "./checker.js";
import { cellName, cells, planCell, runCell, type Cell } from "./matrix.js";

interface CellExpectation {
  grants: string[];
  violations: string[];
  overGrants: string[];
}

const FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN =
  "forbidden list in team-a, team-b: csistoragecapacities.storage.k8s.io, podtemplates, policyendpoints.networking.k8s.aws, securitygrouppolicies.vpcresources.k8s.aws";
const FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29 =
  "forbidden list in cluster scope: certificatesigningrequests.certificates.k8s.io, cninodes.vpcresources.k8s.aws, csidrivers.storage.k8s.io, csinodes.storage.k8s.io, eniconfigs.crd.k8s.amazonaws.com, flowschemas.flowcontrol.apiserver.k8s.io, nodes, prioritylevelconfigurations.flowcontrol.apiserver.k8s.io, runtimeclasses.node.k8s.io, volumeattachments.storage.k8s.io";
const ESCALATION_CLUSTER_ROLES =
  "over-grant: RBAC escalation (as strong as cluster-admin) in cluster scope: clusterrolebindings.rbac.authorization.k8s.io [create,update,patch,delete,deletecollection], clusterroles.rbac.authorization.k8s.io [create,update,patch,delete,deletecollection,escalate,bind]";
const FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32 =
  "forbidden list in cluster scope: certificatesigningrequests.certificates.k8s.io, cninodes.vpcresources.k8s.aws, csidrivers.storage.k8s.io, csinodes.storage.k8s.io, eniconfigs.crd.k8s.amazonaws.com, flowschemas.flowcontrol.apiserver.k8s.io, nodes, prioritylevelconfigurations.flowcontrol.apiserver.k8s.io, runtimeclasses.node.k8s.io, validatingadmissionpolicies.admissionregistration.k8s.io, validatingadmissionpolicybindings.admissionregistration.k8s.io, volumeattachments.storage.k8s.io";
const FORBIDDEN_IN_ALL_NAMESPACES_ADMIN =
  "forbidden list in all namespaces: csistoragecapacities.storage.k8s.io, podtemplates, policyendpoints.networking.k8s.aws, securitygrouppolicies.vpcresources.k8s.aws";
const FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29 =
  "forbidden list in cluster scope: apiservices.apiregistration.k8s.io, certificatesigningrequests.certificates.k8s.io, clusterrolebindings.rbac.authorization.k8s.io, clusterroles.rbac.authorization.k8s.io, cninodes.vpcresources.k8s.aws, csidrivers.storage.k8s.io, csinodes.storage.k8s.io, customresourcedefinitions.apiextensions.k8s.io, eniconfigs.crd.k8s.amazonaws.com, flowschemas.flowcontrol.apiserver.k8s.io, ingressclasses.networking.k8s.io, mutatingwebhookconfigurations.admissionregistration.k8s.io, nodes, persistentvolumes, priorityclasses.scheduling.k8s.io, prioritylevelconfigurations.flowcontrol.apiserver.k8s.io, runtimeclasses.node.k8s.io, storageclasses.storage.k8s.io, validatingwebhookconfigurations.admissionregistration.k8s.io, volumeattachments.storage.k8s.io";
const FORBIDDEN_CLUSTER_SCOPE_K8S_1_32 =
  "forbidden list in cluster scope: apiservices.apiregistration.k8s.io, certificatesigningrequests.certificates.k8s.io, clusterrolebindings.rbac.authorization.k8s.io, clusterroles.rbac.authorization.k8s.io, cninodes.vpcresources.k8s.aws, csidrivers.storage.k8s.io, csinodes.storage.k8s.io, customresourcedefinitions.apiextensions.k8s.io, eniconfigs.crd.k8s.amazonaws.com, flowschemas.flowcontrol.apiserver.k8s.io, ingressclasses.networking.k8s.io, mutatingwebhookconfigurations.admissionregistration.k8s.io, nodes, persistentvolumes, priorityclasses.scheduling.k8s.io, prioritylevelconfigurations.flowcontrol.apiserver.k8s.io, runtimeclasses.node.k8s.io, storageclasses.storage.k8s.io, validatingadmissionpolicies.admissionregistration.k8s.io, validatingadmissionpolicybindings.admissionregistration.k8s.io, validatingwebhookconfigurations.admissionregistration.k8s.io, volumeattachments.storage.k8s.io";
const FORBIDDEN_IN_TEAM_NAMESPACES_EDIT =
  "forbidden list in team-a, team-b: csistoragecapacities.storage.k8s.io, podtemplates, policyendpoints.networking.k8s.aws, rolebindings.rbac.authorization.k8s.io, roles.rbac.authorization.k8s.io, securitygrouppolicies.vpcresources.k8s.aws";
const FORBIDDEN_IN_ALL_NAMESPACES_EDIT =
  "forbidden list in all namespaces: csistoragecapacities.storage.k8s.io, podtemplates, policyendpoints.networking.k8s.aws, rolebindings.rbac.authorization.k8s.io, roles.rbac.authorization.k8s.io, securitygrouppolicies.vpcresources.k8s.aws";
const FORBIDDEN_IN_TEAM_NAMESPACES_VIEW =
  "forbidden list in team-a, team-b: csistoragecapacities.storage.k8s.io, podtemplates, policyendpoints.networking.k8s.aws, rolebindings.rbac.authorization.k8s.io, roles.rbac.authorization.k8s.io, secrets, securitygrouppolicies.vpcresources.k8s.aws";
const FORBIDDEN_IN_ALL_NAMESPACES_VIEW =
  "forbidden list in all namespaces: csistoragecapacities.storage.k8s.io, podtemplates, policyendpoints.networking.k8s.aws, rolebindings.rbac.authorization.k8s.io, roles.rbac.authorization.k8s.io, secrets, securitygrouppolicies.vpcresources.k8s.aws";

const EXPECTED: Record<string, CellExpectation> = {
  "cluster-admin cluster-wide iam-role CONFIG_MAP chart-5.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide iam-role CONFIG_MAP chart-6.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide iam-role CONFIG_MAP chart-7.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["aws-auth group system:masters cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: ["EKS access policy AmazonEKSClusterAdminPolicy cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide bearer-token CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide bearer-token CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide bearer-token CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "cluster-admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole cluster-admin cluster-wide"],
    violations: [],
    overGrants: [],
  },
  "admin namespaced iam-role CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced iam-role CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced iam-role CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSAdminPolicy in team-a",
      "EKS access policy AmazonEKSAdminPolicy in team-b",
    ],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced bearer-token CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced bearer-token CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced bearer-token CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin namespaced bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole admin in team-a", "RoleBinding to ClusterRole admin in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [],
  },
  "admin cluster-resources iam-role CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources iam-role CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources iam-role CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSAdminPolicy in team-a",
      "EKS access policy AmazonEKSAdminPolicy in team-b",
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources bearer-token CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources bearer-token CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources bearer-token CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-resources bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole admin in team-a",
      "RoleBinding to ClusterRole admin in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_ADMIN],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "admin cluster-wide iam-role CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "admin cluster-wide iam-role CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "admin cluster-wide iam-role CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "admin cluster-wide iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "admin cluster-wide iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "admin cluster-wide iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: ["EKS access policy AmazonEKSAdminPolicy cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "admin cluster-wide bearer-token CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "admin cluster-wide bearer-token CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "admin cluster-wide bearer-token CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "admin cluster-wide bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole admin cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_ADMIN, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "edit namespaced iam-role CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced iam-role CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced iam-role CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSEditPolicy in team-a",
      "EKS access policy AmazonEKSEditPolicy in team-b",
    ],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced bearer-token CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced bearer-token CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced bearer-token CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit namespaced bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole edit in team-a", "RoleBinding to ClusterRole edit in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [],
  },
  "edit cluster-resources iam-role CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources iam-role CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources iam-role CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSEditPolicy in team-a",
      "EKS access policy AmazonEKSEditPolicy in team-b",
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources bearer-token CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources bearer-token CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources bearer-token CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-resources bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole edit in team-a",
      "RoleBinding to ClusterRole edit in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_EDIT],
    overGrants: [ESCALATION_CLUSTER_ROLES],
  },
  "edit cluster-wide iam-role CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "edit cluster-wide iam-role CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "edit cluster-wide iam-role CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "edit cluster-wide iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "edit cluster-wide iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "edit cluster-wide iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: ["EKS access policy AmazonEKSEditPolicy cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "edit cluster-wide bearer-token CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "edit cluster-wide bearer-token CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "edit cluster-wide bearer-token CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "edit cluster-wide bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "edit cluster-wide bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "edit cluster-wide bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole edit cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_EDIT, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "view namespaced iam-role CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced iam-role CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced iam-role CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSViewPolicy in team-a",
      "EKS access policy AmazonEKSViewPolicy in team-b",
    ],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced bearer-token CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced bearer-token CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced bearer-token CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view namespaced bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["RoleBinding to ClusterRole view in team-a", "RoleBinding to ClusterRole view in team-b"],
    violations: [FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources iam-role CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources iam-role CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources iam-role CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "EKS access policy AmazonEKSViewPolicy in team-a",
      "EKS access policy AmazonEKSViewPolicy in team-b",
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources bearer-token CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources bearer-token CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources bearer-token CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_28_1_29, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-resources bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: [
      "ClusterRoleBinding to ClusterRole argocd-link-matrix--cluster-scoped cluster-wide",
      "RoleBinding to ClusterRole view in team-a",
      "RoleBinding to ClusterRole view in team-b",
    ],
    violations: [FORBIDDEN_CLUSTER_RESOURCES_K8S_1_32, FORBIDDEN_IN_TEAM_NAMESPACES_VIEW],
    overGrants: [],
  },
  "view cluster-wide iam-role CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "view cluster-wide iam-role CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "view cluster-wide iam-role CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "view cluster-wide iam-role API_AND_CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "view cluster-wide iam-role API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "view cluster-wide iam-role API_AND_CONFIG_MAP chart-7.x": {
    grants: ["EKS access policy AmazonEKSViewPolicy cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "view cluster-wide bearer-token CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "view cluster-wide bearer-token CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "view cluster-wide bearer-token CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
  "view cluster-wide bearer-token API_AND_CONFIG_MAP chart-5.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "view cluster-wide bearer-token API_AND_CONFIG_MAP chart-6.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_28_1_29],
    overGrants: [],
  },
  "view cluster-wide bearer-token API_AND_CONFIG_MAP chart-7.x": {
    grants: ["ClusterRoleBinding to ClusterRole view cluster-wide"],
    violations: [FORBIDDEN_IN_ALL_NAMESPACES_VIEW, FORBIDDEN_CLUSTER_SCOPE_K8S_1_32],
    overGrants: [],
  },
};

describe("runtime model over the link matrix (characterization of issue 8)", () => {
  it("covers every valid cell and nothing else", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(cells().map(cellName).sort());
  });

  it.each(cells().map((c) => [cellName(c), c] as const))("%s", async (name, c) => {
    const outcome = await runCell(c);
    if ("refused" in outcome) throw new Error(`${name}: the planner refused the link: ${outcome.refused}`);
    const { report } = outcome;
    expect(report.notes).toEqual([]);
    expect({
      grants: report.grants.map(describeGrant),
      violations: report.violations,
      overGrants: report.overGrants,
    }).toEqual(EXPECTED[name]);
  });

  it("cluster-admin cells already have no violation and no over-grant", () => {
    for (const [name, expected] of Object.entries(EXPECTED))
      if (name.startsWith("cluster-admin "))
        expect([name, expected.violations, expected.overGrants]).toEqual([name, [], []]);
  });
});

describe("the checker on generated files with the fix applied by hand", () => {
  /** The cell's plan with `resource.respectRBAC` added to the chart values it writes. */
  async function withRespectRbac(c: Cell, mode: string) {
    const planned = await planCell(c);
    if ("refused" in planned) throw new Error(planned.refused);
    const files = planned.files.map((f) => {
      if (!/\/chart-values\/[^/]+\.ya?ml$/.test(f.path)) return f;
      const doc = parseDocument(f.content);
      doc.setIn(["configs", "cm", "resource.respectRBAC"], mode);
      return { ...f, content: doc.toString() };
    });
    return checkRuntime(files, planned.request, planned.ctx);
  }
  const cell = (family: Cell["family"]): Cell => ({
    access: "view",
    scope: "cluster-resources",
    method: "bearer-token",
    auth: "API_AND_CONFIG_MAP",
    family,
  });

  it("respectRBAC=normal on ArgoCD 2.14 (chart 7.x) leaves no forbidden list", async () => {
    const report = await withRespectRbac(cell("chart-7.x"), "normal");
    expect(report.violations).toEqual([]);
    expect(report.skippedByRespectRbac.length).toBeGreaterThan(0);
  });

  it("respectRBAC on ArgoCD 2.5 (chart 5.x) changes nothing: that family needs rules or exclusions", async () => {
    const report = await withRespectRbac(cell("chart-5.x"), "strict");
    expect(report.notes).toEqual(["resource.respectRBAC=strict has no effect on ArgoCD v2.5.0"]);
    expect(report.violations).toEqual(EXPECTED[cellName(cell("chart-5.x"))]!.violations);
  });
});
