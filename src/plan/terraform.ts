// The Terraform files a link creates, one function per file. Names come from LinkNames; every value
// that came from a request or from AWS is written through quote() by the renderer.

import {
  attr,
  blank,
  block,
  comment,
  raw,
  renderFile,
  renderValue,
  type BodyItem,
  type HclValue,
} from "../hcl/write.js";
import type { AccessLevel, LinkRequest } from "../request/types.js";
import type { ClusterLayer } from "../layout/types.js";
import { clusterWide } from "./access.js";
import type { LinkNames } from "./names.js";
import { MARKER, markerFor, ownerLine } from "./names.js";

export const IAM_OIDC_ROLE_MODULE =
  "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role-with-oidc?ref=v5.37.1";
export const IAM_ROLE_MODULE =
  "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0";

/** EKS access policies and Kubernetes ClusterRoles for each access level. */
export const EKS_ACCESS_POLICY: Record<AccessLevel, string> = {
  "cluster-admin": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
  admin: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy",
  edit: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy",
  view: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
};
export const CLUSTER_ROLE: Record<AccessLevel, string> = {
  "cluster-admin": "cluster-admin",
  admin: "admin",
  edit: "edit",
  view: "view",
};

function header(lines: string[]): BodyItem[] {
  return [comment(lines.join("\n")), blank];
}

/**
 * The first lines of every file a link owns: its id, and who it links, so that a request reusing
 * the id for another link is refused instead of rewriting this one (see ownerOf).
 */
function linkMarker(names: LinkNames, req: LinkRequest): string[] {
  return [markerFor(names.id), ownerLine(names.release, req)];
}

function tags(hasTagsLocal: boolean, extra: Record<string, string>): BodyItem[] {
  return hasTagsLocal
    ? [attr("tags", raw(`merge(local.tags, ${renderInlineMap(extra)})`))]
    : [attr("tags", extra)];
}

function renderInlineMap(map: Record<string, string>): string {
  return `{ ${Object.entries(map)
    .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
    .join(", ")} }`;
}

/** Source account, identities layer: the IRSA role of one ArgoCD release (shared by its links). */
export function irsaRoleFile(
  names: LinkNames,
  namespace: string,
  serviceAccounts: string[],
  providerUrlExpr: string,
  hasTagsLocal: boolean,
): string {
  return renderFile([
    ...header([
      `${MARKER}: IRSA role of the ArgoCD release "${names.release}" (namespace ${namespace}).`,
      "Its service accounts assume this role, and through it the role of each linked cluster.",
      "Each link attaches its own policy to it (files ids_argocd_link_<cluster>.tf).",
    ]),
    block(
      "module",
      [`role_argocd_link_${names.releaseSnake}`],
      [
        attr("source", IAM_OIDC_ROLE_MODULE),
        blank,
        attr("create_role", true),
        attr("role_name", raw(`"${names.sourceRoleNameExpr}"`)),
        attr("provider_url", raw(providerUrlExpr)),
        blank,
        comment("Exact service accounts: StringEquals does not expand wildcards."),
        attr(
          "oidc_fully_qualified_subjects",
          serviceAccounts.map((sa) => `system:serviceaccount:${namespace}:${sa}`),
        ),
        blank,
        ...tags(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
      ],
    ),
    blank,
    block(
      "output",
      [`argocd_link_${names.releaseSnake}_role_arn`],
      [
        attr("description", `IRSA role of the ArgoCD release ${names.release}`),
        attr("value", raw(`module.role_argocd_link_${names.releaseSnake}.iam_role_arn`)),
      ],
    ),
  ]);
}

/** Source account, identities layer: lets the release's IRSA role assume this link's target role. */
export function assumePolicyFile(names: LinkNames, req: LinkRequest, hasTagsLocal: boolean): string {
  const policy: HclValue = {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AssumeArgoCDLinkRole",
        Effect: "Allow",
        Action: "sts:AssumeRole",
        Resource: raw(`"${names.targetRoleArnExpr}"`),
      },
    ],
  };
  return renderFile([
    ...header([
      ...linkMarker(names, req),
      `ArgoCD "${names.release}" may assume the role that ${req.targetAccount}/${req.targetRegion}/${req.targetCluster} trusts.`,
    ]),
    block(
      "resource",
      ["aws_iam_policy", `argocd_link_${names.snake}`],
      [
        attr("name", raw(`"\${var.environment}-argocd-link-${names.id}"`)),
        attr(
          "description",
          `ArgoCD ${names.release}: assume the argocd-cluster-link role of ${req.targetAccount}`,
        ),
        attr("policy", raw(`jsonencode(${renderValueInline(policy)})`)),
        ...tags(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
      ],
    ),
    blank,
    block(
      "resource",
      ["aws_iam_role_policy_attachment", `argocd_link_${names.snake}`],
      [
        attr("role", raw(`module.role_argocd_link_${names.releaseSnake}.iam_role_name`)),
        attr("policy_arn", raw(`aws_iam_policy.argocd_link_${names.snake}.arn`)),
      ],
    ),
  ]);
}

// jsonencode's argument is an object expression; render it multi-line at top-level indentation.
function renderValueInline(value: HclValue): string {
  return renderValue(value, "  ");
}

/** Target account, base-identities layer: the role ArgoCD's IRSA role assumes. */
export function targetRoleFile(names: LinkNames, req: LinkRequest, hasTagsLocal: boolean): string {
  return renderFile([
    ...header([
      ...linkMarker(names, req),
      `Role assumed by ArgoCD "${names.release}" (account ${req.sourceAccount}) to reach ${req.targetCluster}.`,
      "It has no IAM policies: its only use is the Kubernetes access the cluster grants it.",
    ]),
    block(
      "module",
      [`iam_assumable_role_argocd_link_${names.snake}`],
      [
        attr("source", IAM_ROLE_MODULE),
        blank,
        attr("trusted_role_arns", [raw(`"${names.sourceRoleArnExpr}"`)]),
        blank,
        attr("create_role", true),
        attr("role_name", names.targetRoleName),
        attr("role_path", "/"),
        blank,
        comment("Programmatic access from another role: no MFA."),
        attr("role_requires_mfa", false),
        attr("custom_role_policy_arns", []),
        blank,
        ...tags(hasTagsLocal, { Purpose: "argocd-cluster-link" }),
      ],
    ),
    blank,
    block(
      "output",
      [`argocd_link_${names.snake}_role_arn`],
      [
        attr("description", `Role ArgoCD ${names.release} assumes to manage ${req.targetCluster}`),
        attr("value", raw(`module.iam_assumable_role_argocd_link_${names.snake}.iam_role_arn`)),
      ],
    ),
  ]);
}

/** Target account, cluster layer: an EKS access entry and its policy association. */
export function accessEntryFile(
  names: LinkNames,
  req: LinkRequest,
  cluster: Pick<ClusterLayer, "eksModule" | "eksMajor">,
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
        // The group gets the cluster-scoped kinds through RBAC (the target-rbac step).
        ...(req.clusterResources ? [attr("kubernetes_groups", [names.k8sGroup])] : []),
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

/**
 * The cluster-scoped kinds ArgoCD manages next to its namespaces when `cluster-resources` is set.
 * The built-in ClusterRoles (admin, edit, view) grant none of them, and binding those cluster-wide
 * would open every namespace: this ClusterRole names only cluster-scoped kinds.
 */
export const CLUSTER_SCOPED_KINDS: [string, string[]][] = [
  ["", ["namespaces", "persistentvolumes"]],
  ["apiextensions.k8s.io", ["customresourcedefinitions"]],
  ["rbac.authorization.k8s.io", ["clusterroles", "clusterrolebindings"]],
  ["storage.k8s.io", ["storageclasses"]],
  ["networking.k8s.io", ["ingressclasses"]],
  ["scheduling.k8s.io", ["priorityclasses"]],
  ["admissionregistration.k8s.io", ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]],
  ["apiregistration.k8s.io", ["apiservices"]],
];

function clusterScopedGrant(
  names: LinkNames,
  req: LinkRequest,
  subject: BodyItem[],
  labels: Record<string, string>,
  separated: boolean,
): BodyItem[] {
  const verbs = req.access === "view" ? ["get", "list", "watch"] : ["*"];
  const name = `${names.k8sName}-cluster-scoped`;
  return [
    ...(separated ? [blank] : []),
    comment(
      `cluster-resources: ${req.access === "view" ? "read" : "manage"} cluster-scoped kinds (namespaced access stays in ${req.namespaces.join(", ")}).` +
        (req.access === "view"
          ? ""
          : "\nWriting ClusterRoles and their bindings is as strong as cluster-admin: grant it to a trusted ArgoCD only."),
    ),
    block(
      "resource",
      ["kubernetes_cluster_role_v1", `argocd_link_${names.snake}_cluster_scoped`],
      [
        block("metadata", [], [attr("name", name), attr("labels", labels)]),
        blank,
        ...CLUSTER_SCOPED_KINDS.map(([group, resources]) =>
          block(
            "rule",
            [],
            [attr("api_groups", [group]), attr("resources", resources), attr("verbs", verbs)],
          ),
        ),
      ],
    ),
    blank,
    block(
      "resource",
      ["kubernetes_cluster_role_binding_v1", `argocd_link_${names.snake}_cluster_scoped`],
      [
        block("metadata", [], [attr("name", name), attr("labels", labels)]),
        blank,
        block(
          "role_ref",
          [],
          [
            attr("api_group", "rbac.authorization.k8s.io"),
            attr("kind", "ClusterRole"),
            attr(
              "name",
              raw(`kubernetes_cluster_role_v1.argocd_link_${names.snake}_cluster_scoped.metadata[0].name`),
            ),
          ],
        ),
        block("subject", [], subject),
      ],
    ),
  ];
}

/**
 * Target account, a layer with a kubernetes provider for the cluster: RBAC bindings for the link's
 * subject (a ServiceAccount with a token for bearer-token, the aws-auth group for iam-role).
 */
export function rbacFile(
  names: LinkNames,
  req: LinkRequest,
  options: { tokenGeneration: number; accessBindings: boolean },
): string {
  const tokenGeneration = options.tokenGeneration;
  const bearer = req.method === "bearer-token";
  const saNamespace = "kube-system";
  const subject: BodyItem[] = bearer
    ? [
        attr("kind", "ServiceAccount"),
        attr("name", raw(`kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`)),
        attr("namespace", saNamespace),
      ]
    : [attr("api_group", "rbac.authorization.k8s.io"), attr("kind", "Group"), attr("name", names.k8sGroup)];
  const roleRef: BodyItem[] = [
    attr("api_group", "rbac.authorization.k8s.io"),
    attr("kind", "ClusterRole"),
    attr("name", CLUSTER_ROLE[req.access]),
  ];
  const labels = { "app.kubernetes.io/managed-by": "terraform", "argocd-cluster-link/link": names.id };
  const items: BodyItem[] = [
    ...header([
      ...linkMarker(names, req),
      bearer
        ? `ServiceAccount, long-lived token and RBAC for ArgoCD "${names.release}" (account ${req.sourceAccount}).`
        : `RBAC for the group ${names.k8sGroup} of ArgoCD "${names.release}" (account ${req.sourceAccount}).`,
      options.accessBindings
        ? `Access: ClusterRole "${CLUSTER_ROLE[req.access]}" ${clusterWide(req) ? "cluster-wide" : `in ${req.namespaces.join(", ")}`}.`
        : `Access in ${req.namespaces.join(", ")} comes from the EKS access entry; this grants the cluster-scoped kinds.`,
    ]),
  ];
  if (bearer) {
    items.push(
      block(
        "resource",
        ["kubernetes_service_account_v1", `argocd_link_${names.snake}`],
        [
          block(
            "metadata",
            [],
            [attr("name", names.k8sName), attr("namespace", saNamespace), attr("labels", labels)],
          ),
        ],
      ),
      blank,
      comment(
        "The token does not expire. Raising the generation in generate_name (-g<N>-) replaces the secret\n" +
          "with a new token (argocd-cluster-link's scheduled rotation opens that change); apply the ArgoCD\n" +
          "layer right after.",
      ),
      block(
        "resource",
        ["kubernetes_secret_v1", `argocd_link_${names.snake}`],
        [
          block(
            "metadata",
            [],
            [
              attr("generate_name", tokenSecretPrefix(names, tokenGeneration)),
              attr("namespace", saNamespace),
              attr("labels", labels),
              attr("annotations", {
                "kubernetes.io/service-account.name": raw(
                  `kubernetes_service_account_v1.argocd_link_${names.snake}.metadata[0].name`,
                ),
              }),
            ],
          ),
          blank,
          attr("type", "kubernetes.io/service-account-token"),
          attr("wait_for_service_account_token", true),
          blank,
          comment("A new token exists before the old one is deleted."),
          block("lifecycle", [], [attr("create_before_destroy", true)]),
        ],
      ),
      blank,
    );
  }
  if (!options.accessBindings) {
    // Nothing namespaced to bind here.
  } else if (clusterWide(req)) {
    items.push(
      block(
        "resource",
        ["kubernetes_cluster_role_binding_v1", `argocd_link_${names.snake}`],
        [
          block("metadata", [], [attr("name", names.k8sName), attr("labels", labels)]),
          blank,
          block("role_ref", [], roleRef),
          block("subject", [], subject),
        ],
      ),
    );
  } else {
    items.push(
      comment("The namespaces must exist: ArgoCD gets no right to create them."),
      block(
        "resource",
        ["kubernetes_role_binding_v1", `argocd_link_${names.snake}`],
        [
          attr("for_each", raw(`toset(${renderValue(req.namespaces, "  ")})`)),
          blank,
          block(
            "metadata",
            [],
            [attr("name", names.k8sName), attr("namespace", raw("each.key")), attr("labels", labels)],
          ),
          blank,
          block("role_ref", [], roleRef),
          block("subject", [], subject),
        ],
      ),
    );
  }
  if (req.clusterResources)
    items.push(...clusterScopedGrant(names, req, subject, labels, options.accessBindings));
  if (bearer) {
    items.push(
      blank,
      block(
        "output",
        [names.tokenOutput],
        [
          attr(
            "description",
            `Bearer token of ArgoCD ${names.release} for this cluster (read by its layer through remote state)`,
          ),
          attr("value", raw(`kubernetes_secret_v1.argocd_link_${names.snake}.data.token`)),
          attr("sensitive", true),
        ],
      ),
    );
  }
  return renderFile(items);
}

/**
 * generate_name of the token secret: changing it (the provider replaces the secret for a new
 * generate_name) is how a token is rotated, with any Terraform version and no extra provider.
 */
export function tokenSecretPrefix(names: Pick<LinkNames, "k8sName">, generation: number): string {
  return `${names.k8sName}-g${generation}-`;
}

/** Source account, ArgoCD layer: reads the bearer token from the target RBAC layer's state. */
export function tokenRemoteStateFile(
  names: LinkNames,
  req: LinkRequest,
  regionExpr: string,
  backendKey: string,
): string {
  const sameAccount = req.sourceAccount === req.targetAccount;
  return renderFile([
    ...header([
      ...linkMarker(names, req),
      `State of the ${req.targetAccount} layer that holds ArgoCD's ServiceAccount token for ${req.targetCluster}.`,
      "The token stays in Terraform state: it is never written into this repository.",
    ]),
    block(
      "data",
      ["terraform_remote_state", names.remoteStateName],
      [
        attr("backend", "s3"),
        attr("config", {
          region: raw(regionExpr),
          profile: sameAccount ? raw("var.profile") : raw(`"\${var.project}-${req.targetAccount}-devops"`),
          bucket: sameAccount
            ? raw("var.bucket")
            : raw(`"\${var.project}-${req.targetAccount}-terraform-backend"`),
          key: backendKey,
        }),
      ],
    ),
  ]);
}

/** Source account, ArgoCD layer: a dedicated ArgoCD release for this target. */
export function dedicatedInstanceFile(
  names: LinkNames,
  chartVersion: string,
  valuesRelative: string,
  templateVars: [string, string][],
): string {
  const vars = Object.fromEntries(templateVars.map(([k, v]) => [k, raw(v)]));
  return renderFile([
    ...header([
      `${MARKER}: dedicated ArgoCD instance "${names.release}" for the cluster ${names.id}.`,
      "A second release in the same cluster: CRDs stay with the first one, and the values give it",
      "its own application.instanceLabelKey so the two never fight over the same Applications.",
    ]),
    block(
      "resource",
      ["kubernetes_namespace_v1", `argocd_link_${names.releaseSnake}`],
      [block("metadata", [], [attr("name", names.release)])],
    ),
    blank,
    block(
      "resource",
      ["helm_release", `argocd_link_${names.releaseSnake}`],
      [
        attr("name", names.release),
        attr("namespace", raw(`kubernetes_namespace_v1.argocd_link_${names.releaseSnake}.metadata[0].name`)),
        attr("repository", "https://argoproj.github.io/argo-helm"),
        attr("chart", "argo-cd"),
        attr("version", chartVersion),
        attr("values", [
          raw(`templatefile(${JSON.stringify(valuesRelative)}, ${renderValue(vars, "    ")})`),
        ]),
      ],
    ),
  ]);
}
