// Step source-role (source account, identities layer of ArgoCD's cluster): the IRSA role of the
// ArgoCD release, and a policy that lets it assume this link's role in the target account.

import { LayoutError } from "../core/errors.js";
import { attr, blank, block, comment, raw, renderFile, renderValue, type HclValue } from "../hcl/write.js";
import { joinPath } from "../layout/tree.js";
import type { IdentitiesLayer } from "../layout/types.js";
import { code } from "../core/markdown.js";
import { MARKER, type LinkNames } from "../link/names.js";
import type { LinkRequest } from "../request/types.js";
import { header, linkMarker, tags } from "./shared.js";
import type { LinkContext, StepKind } from "./types.js";

export const IAM_OIDC_ROLE_MODULE =
  "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role-with-oidc?ref=v5.37.1";

/** The identities layer, when it can host the IRSA role (it knows the cluster's OIDC provider URL). */
function identitiesLayer({ layout }: LinkContext): IdentitiesLayer & { providerUrlExpr: string } {
  const identities = layout.identities;
  if (!identities?.providerUrlExpr) {
    throw new LayoutError(
      `The iam-role method needs the identities layer of the cluster ArgoCD runs in, next to ${layout.argocd.layer} ` +
        `(looked for ${joinPath(layout.argocd.layer, "../identities")} with a provider_url or a remote state of the ` +
        `cluster layer). ${identities ? "It has neither." : "There is no such layer."}`,
    );
  }
  return { ...identities, providerUrlExpr: identities.providerUrlExpr };
}

const ID = "source-role";

export const sourceRoleStep: StepKind<typeof ID> = {
  id: ID,
  side: "source",
  needed: ({ grant }) => grant.method === "iam-role",
  layers: (link) => [identitiesLayer(link).path],
  files: async (link) => {
    const { names, req, argocd } = link;
    const identities = identitiesLayer(link);
    return new Map([
      [
        `${identities.path}/${names.files.releaseRole}`,
        irsaRoleFile(
          names,
          argocd.namespace,
          argocd.serviceAccounts,
          identities.providerUrlExpr,
          identities.hasTagsLocal,
        ),
      ],
      [`${identities.path}/${names.files.linkPolicy}`, assumePolicyFile(names, req, identities.hasTagsLocal)],
    ]);
  },
  summary: ({ names }) => `IRSA role and assume policy for ArgoCD ${names.release}`,
  why: ({ names, req }) => [
    `ArgoCD ${code(names.release)} gets an IAM role through IRSA: its service accounts ` +
      `(controller, applicationset-controller, server) are listed one by one, because the trust policy compares ` +
      `them with ${code("StringEquals")} and a wildcard would match nothing.`,
    `A policy lets that role assume ${code(names.targetRoleName)} in ${code(req.targetAccount)}; other links of the ` +
      `same ArgoCD attach their own policies to the same role.`,
  ],
};

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
