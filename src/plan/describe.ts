// Titles and Markdown bodies of the steps: what a reviewer needs to accept the change without
// opening the guide. Every value shown comes from a validated request, the repository or AWS, and
// is still written inside code spans so that Markdown cannot reinterpret it.

import type { ClusterFacts } from "../facts/types.js";
import type { Layout } from "../layout/types.js";
import type { LinkRequest } from "../request/types.js";
import type { LinkNames } from "./names.js";
import { clusterGrant, clusterWide } from "./access.js";
import { CLUSTER_ROLE, EKS_ACCESS_POLICY } from "./terraform.js";
import type { Step } from "./types.js";
import { code } from "../core/markdown.js";

const SUMMARY: Record<string, (n: LinkNames, r: LinkRequest) => string> = {
  "source-role": (n) => `IRSA role and assume policy for ArgoCD ${n.release}`,
  "target-role": (n) => `role ${n.targetRoleName} trusted by ArgoCD`,
  "target-rbac": (_n, r) =>
    r.method === "bearer-token"
      ? "ServiceAccount, token and RBAC for ArgoCD"
      : "RBAC for the ArgoCD aws-auth group",
  "cluster-access": () => "cluster access for the ArgoCD role",
  argocd: (n, r) =>
    `add cluster ${n.id} to ArgoCD ${n.release}${r.dedicatedInstance ? " (new instance)" : ""}`,
};

export function stepTitle(names: LinkNames, req: LinkRequest, step: Step): string {
  return `argocd-cluster-link ${names.id} ${step.number}/${step.total} (${step.account}): ${SUMMARY[step.id]!(names, req)}`;
}

function accessText(req: LinkRequest): string {
  const scope = clusterWide(req)
    ? "cluster-wide"
    : `in the namespaces ${req.namespaces.map(code).join(", ")}`;
  return `${code(req.access)} access, ${scope}`;
}

function why(step: Step, names: LinkNames, req: LinkRequest, facts: ClusterFacts, layout: Layout): string[] {
  switch (step.id) {
    case "source-role":
      return [
        `ArgoCD ${code(names.release)} gets an IAM role through IRSA: its service accounts ` +
          `(controller, applicationset-controller, server) are listed one by one, because the trust policy compares ` +
          `them with ${code("StringEquals")} and a wildcard would match nothing.`,
        `A policy lets that role assume ${code(names.targetRoleName)} in ${code(req.targetAccount)}; other links of the ` +
          `same ArgoCD attach their own policies to the same role.`,
      ];
    case "target-role":
      return [
        `The role ${code(names.targetRoleName)} trusts exactly ${code(names.sourceRoleName)} of ${code(req.sourceAccount)}: ` +
          `no account root, no wildcard. It has no IAM permissions; the cluster grants it Kubernetes access in the next steps.`,
        `Apply it after the previous step: IAM refuses a trust policy whose principal does not exist yet.`,
      ];
    case "target-rbac": {
      const scoped = req.clusterResources
        ? [
            `${code("cluster-resources")}: a ClusterRole that names only cluster-scoped kinds (Namespaces, CRDs, ` +
              `ClusterRoles, StorageClasses, webhooks...) ${req.access === "view" ? "to read" : "to manage"}, so the ` +
              `namespaced access stays in ${req.namespaces.map(code).join(", ")}.` +
              (req.access === "view"
                ? ""
                : " Writing ClusterRoles and their bindings is as strong as cluster-admin."),
          ]
        : [];
      if (req.method === "bearer-token") {
        return [
          `A ServiceAccount ${code(`kube-system/${names.k8sName}`)} with a long-lived token secret, bound to the ` +
            `ClusterRole ${code(CLUSTER_ROLE[req.access])} (${accessText(req)}).`,
          ...scoped,
          `The token is an output of this layer marked sensitive; the ArgoCD layer reads it through remote state, so ` +
            `it is never written into the repository.`,
        ];
      }
      if (clusterGrant(facts.authenticationMode, layout.targetCluster) === "access-entry") {
        return [`The ArgoCD role's access entry puts it in the group ${code(names.k8sGroup)}.`, ...scoped];
      }
      return [
        `The cluster authenticates with aws-auth only, so the ArgoCD role is mapped to the group ${code(names.k8sGroup)}; ` +
          `this binds that group to the ClusterRole ${code(CLUSTER_ROLE[req.access])} (${accessText(req)}).`,
        ...scoped,
      ];
    }
    case "cluster-access":
      return clusterGrant(facts.authenticationMode, layout.targetCluster) === "aws-auth"
        ? [
            `${code(facts.name)} uses authentication mode ${code(facts.authenticationMode)}` +
              (facts.authenticationMode === "CONFIG_MAP"
                ? ""
                : ` but access entries are not available (${layout.targetCluster.accessEntries.why})`) +
              `: the role is added to ${code("map_roles")} (aws-auth)` +
              `${req.access === "cluster-admin" ? ` in ${code("system:masters")}` : ` as group ${code(names.k8sGroup)}`}.`,
          ]
        : [
            `${code(facts.name)} uses authentication mode ${code(facts.authenticationMode)}, so access is an EKS access ` +
              `entry with ${code(EKS_ACCESS_POLICY[req.access].split("/").pop()!)} (${accessText(req)}) instead of an aws-auth edit.`,
          ];
    default:
      return [
        `Adds ${code(names.id)} to ${code(`configs.clusterCredentials`)} of ArgoCD ${code(names.release)} ` +
          `(${layout.argocd.credentialsForm === "map" ? "a map keyed by name: chart >= 7.0.0" : "a list: chart < 7.0.0"}), ` +
          `server ${code(facts.endpoint)}, ` +
          (req.method === "iam-role"
            ? `authenticating with ${code("awsAuthConfig")} (role ${code(names.targetRoleName)}).`
            : `authenticating with the bearer token read from the target layer's state.`),
        ...(req.method === "iam-role"
          ? [
              `The ArgoCD service accounts get the ${code("eks.amazonaws.com/role-arn")} annotation of the IRSA role.`,
            ]
          : []),
        ...(req.dedicatedInstance
          ? [
              `Creates the ArgoCD release ${code(names.release)} in its own namespace, without CRDs and with its own ` +
                `${code("application.instanceLabelKey")}.`,
            ]
          : []),
        `The cluster's EKS ARN is kept in the annotation ${code("argocd-cluster-link/eks-cluster-arn")}.`,
      ];
  }
}

/**
 * The Markdown body. `previous` is the step before this one when it is part of the same plan;
 * `previousId` names it even when it is already merged.
 */
export function stepBody(
  names: LinkNames,
  req: LinkRequest,
  facts: ClusterFacts,
  layout: Layout,
  step: Step,
  previous: Step | undefined,
  previousId: string | undefined,
): string {
  const order =
    step.number === 1
      ? ": apply it first."
      : previous
        ? `. Apply after step ${step.number - 1}: ${code(previous.title)}.`
        : `. Step ${step.number - 1} (${code(previousId ?? "")}) is already merged: make sure it is applied first.`;
  const lines = [
    `**Link** ${code(names.id)}: ArgoCD ${code(names.release)} in ${code(req.sourceAccount)} → ${code(facts.arn)} ` +
      `(${code(req.method)}, ${accessText(req)}).`,
    "",
    `**Step ${step.number} of ${step.total}** in account ${code(step.account)}${order}`,
    "",
    "### Why",
    ...why(step, names, req, facts, layout).map((line) => `- ${line}`),
    "",
    "### Files",
    ...step.files.map((f) => `- ${f.action === "create" ? "new" : "edited"}: ${code(f.path)}`),
    "",
    "### Apply, once merged",
    "```sh",
    ...step.apply,
    "```",
  ];
  return lines.join("\n") + "\n";
}
