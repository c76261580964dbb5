// Step target-role (target account, base-identities layer): the role ArgoCD's IRSA role assumes,
// trusted by that role only and with no IAM permissions of its own.

import { code } from "../core/markdown.js";
import { attr, blank, block, comment, raw, renderFile } from "../hcl/write.js";
import type { LinkNames } from "../link/names.js";
import type { LinkRequest } from "../request/types.js";
import { header, linkMarker, tags } from "./shared.js";
import { notNeeded, type LinkContext, type StepKind } from "./types.js";

export const IAM_ROLE_MODULE =
  "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0";

const ID = "target-role";

function roleLayer({ grant }: LinkContext): string {
  if (grant.method !== "iam-role") throw notNeeded(ID);
  return grant.targetRoleLayer;
}

export const targetRoleStep: StepKind<typeof ID> = {
  id: ID,
  side: "target",
  needed: ({ grant }) => grant.method === "iam-role",
  layers: (link) => [roleLayer(link)],
  files: async (link) => {
    const base = roleLayer(link);
    return new Map([
      [
        `${base}/${link.names.files.targetRole}`,
        targetRoleFile(link.names, link.req, await link.hasTagsLocal(base)),
      ],
    ]);
  },
  summary: ({ names }) => `role ${names.targetRoleName} trusted by ArgoCD`,
  why: ({ names, req }) => [
    `The role ${code(names.targetRoleName)} trusts exactly ${code(names.sourceRoleName)} of ${code(req.sourceAccount)}: ` +
      `no account root, no wildcard. It has no IAM permissions; the cluster grants it Kubernetes access in the next steps.`,
    `Apply it after the previous step: IAM refuses a trust policy whose principal does not exist yet.`,
  ],
};

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
