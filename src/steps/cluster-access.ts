// Step cluster-access (target account, cluster layer): the Kubernetes access of the role ArgoCD
// assumes, as an EKS access entry or as an element of the aws-auth map_roles list, as decided in
// link/grant.ts.

import { LayoutError } from "../core/errors.js";
import { code } from "../core/markdown.js";
import { upsertListObject } from "../edit/hcl-edit.js";
import { attr, blank, block, comment, raw, renderFile, type BodyItem } from "../hcl/write.js";
import type { ClusterLayer } from "../layout/types.js";
import { accessText } from "../link/describe.js";
import { clusterWide } from "../link/grant.js";
import { markerFor, type LinkNames } from "../link/names.js";
import type { AccessLevel, LinkRequest } from "../request/types.js";
import { header, linkMarker } from "./shared.js";
import { notNeeded, type LinkContext, type StepKind } from "./types.js";

const ID = "cluster-access";

/** EKS access policies for each access level. */
export const EKS_ACCESS_POLICY: Record<AccessLevel, string> = {
  "cluster-admin": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
  admin: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy",
  edit: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
  view: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
};

function clusterAccess({ grant }: LinkContext) {
  if (grant.method !== "iam-role") throw notNeeded(ID);
  return grant.cluster;
}

export const clusterAccessStep: StepKind<typeof ID> = {
  id: ID,
  side: "target",
  needed: ({ grant }) => grant.method === "iam-role",
  layers: ({ layout }) => [layout.targetCluster.path],
  files: async (link) => {
    const { names, req, layout } = link;
    const access = clusterAccess(link);
    if (access.kind === "access-entry") {
      return new Map([
        [
          `${layout.targetCluster.path}/${names.files.accessEntry}`,
          accessEntryFile(names, req, layout.targetCluster, link.grant.rbac.needed),
        ],
      ]);
    }
    const { file, attribute } = access.mapRoles;
    const text = await link.read(file);
    if (text === undefined) throw new LayoutError(`${file} (its locals map_roles) could not be read.`);
    const roleArn = `:role/${names.targetRoleName}"`;
    return new Map([
      [
        file,
        upsertListObject(text, file, attribute.exprStart, mapRolesElement(names, req), (el) =>
          el.includes(roleArn),
        ),
      ],
    ]);
  },
  summary: () => "cluster access for the ArgoCD role",
  why: (link) => {
    const { names, req, facts, layout } = link;
    if (clusterAccess(link).kind === "aws-auth") {
      return [
        `${code(facts.name)} uses authentication mode ${code(facts.authenticationMode)}` +
          (facts.authenticationMode === "CONFIG_MAP"
            ? ""
            : ` but access entries are not available (${layout.targetCluster.accessEntries.why})`) +
          `: the role is added to ${code("map_roles")} (aws-auth)` +
          `${req.access === "cluster-admin" ? ` in ${code("system:masters")}` : ` as group ${code(names.k8sGroup)}`}.`,
      ];
    }
    const policy = EKS_ACCESS_POLICY[req.access];
    return [
      `${code(facts.name)} uses authentication mode ${code(facts.authenticationMode)}, so access is an EKS access ` +
        `entry with ${code(policy.slice(policy.lastIndexOf("/") + 1))} (${accessText(req)}) instead of an aws-auth edit.`,
    ];
  },
};

/** Target account, cluster layer: an EKS access entry and its policy association. */
export function accessEntryFile(
  names: LinkNames,
  req: LinkRequest,
  cluster: Pick<ClusterLayer, "eksModule" | "eksMajor">,
  /** Whether the target-rbac step binds the link's group (cluster-resources, or the extra read of ArgoCD < 2.9). */
  groupBound: boolean = req.clusterResources,
): string {
  // terraform-aws-eks v18 names the cluster's name output cluster_id; v19 and later cluster_name.
  const nameOutput = cluster.eksMajor !== undefined && cluster.eksMajor <= 18 ? "cluster_id" : "cluster_name";
  const scope: BodyItem[] = clusterWide(req)
    ? [attr("type", "cluster")]
    : [attr("type", "namespace"), attr("namespaces", req.namespaces)];
  return renderFile([
    ...header([
      ...linkMarker(names, req),
      `Kubernetes access of ArgoCD "${names.release}" (account ${req.sourceAccount}) through its role ${names.targetRoleName}.`,
    ]),
    block(
      "resource",
      ["aws_eks_access_entry", `argocd_link_${names.snake}`],
      [
        attr("cluster_name", raw(`module.${cluster.eksModule}.${nameOutput}`)),
        attr("principal_arn", raw(`"${names.targetRoleArnExpr}"`)),
        // The group gets what the access policy lacks through RBAC (the target-rbac step).
        ...(groupBound ? [attr("kubernetes_groups", [names.k8sGroup])] : []),
        attr("type", "STANDARD"),
      ],
    ),
    blank,
    block(
      "resource",
      ["aws_eks_access_policy_association", `argocd_link_${names.snake}`],
      [
        attr("cluster_name", raw(`aws_eks_access_entry.argocd_link_${names.snake}.cluster_name`)),
        attr("principal_arn", raw(`aws_eks_access_entry.argocd_link_${names.snake}.principal_arn`)),
        attr("policy_arn", EKS_ACCESS_POLICY[req.access]),
        blank,
        block("access_scope", [], scope),
      ],
    ),
  ]);
}

/** Target account, cluster layer: the `map_roles` element (aws-auth) for this link. */
export function mapRolesElement(names: LinkNames, req: LinkRequest): BodyItem[] {
  const groups = req.access === "cluster-admin" ? ["system:masters"] : [names.k8sGroup];
  return [
    comment(`${markerFor(names.id)} (ArgoCD ${names.release} in ${req.sourceAccount})`),
    attr("rolearn", raw(`"${names.targetRoleArnExpr}"`)),
    attr("username", names.targetRoleName),
    attr("groups", groups),
  ];
}
