// What each unlink step takes away, what stops working when it is applied and what must come first.

import type { UnlinkStepId } from "../steps/registry.js";

export const UNLINK_TEXT: Record<UnlinkStepId, { summary: string; stops: string; before: string }> = {
  "unlink-argocd": {
    summary: "remove the cluster from ArgoCD",
    stops:
      "ArgoCD forgets the cluster: Applications that deploy to it can no longer sync. The token's remote " +
      "state and the template variables of the cluster go with it.",
    before:
      "Nothing: this is the first step. Move or delete the Applications that deploy to this cluster first.",
  },
  "unlink-cluster-access": {
    summary: "remove the cluster access of the ArgoCD role",
    stops: "The role ArgoCD assumed loses its Kubernetes access (access entry or aws-auth element).",
    before: "The ArgoCD step, applied: otherwise ArgoCD keeps calling the cluster and gets denied",
  },
  "unlink-target-rbac": {
    summary: "remove ArgoCD's RBAC (and token) in the cluster",
    stops: "ArgoCD's ServiceAccount, token Secret and bindings are deleted: the token stops working at once.",
    before: "The steps before it, applied: ArgoCD must no longer use the token or the group",
  },
  "unlink-target-role": {
    summary: "remove the role ArgoCD assumed",
    stops: "The target role is deleted: nothing can assume it any more.",
    before: "The cluster access step, applied: the access entry or aws-auth element refers to this role",
  },
  "unlink-source-role": {
    summary: "remove ArgoCD's assume policy",
    stops:
      "ArgoCD's IRSA role may no longer assume the target role; with the release's last link, the IRSA role " +
      "itself is deleted (its annotations were removed in the ArgoCD step).",
    before: "The target role step, applied: its trust policy names this IRSA role",
  },
};
