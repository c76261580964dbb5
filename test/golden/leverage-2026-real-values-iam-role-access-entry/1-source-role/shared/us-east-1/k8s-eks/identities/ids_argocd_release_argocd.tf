# argocd-cluster-link: IRSA role of the ArgoCD release "argocd" (namespace argocd).
# Its service accounts assume this role, and through it the role of each linked cluster.
# Each link attaches its own policy to it (files ids_argocd_link_<cluster>.tf).

module "role_argocd_link_argocd" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role-with-oidc?ref=v5.37.1"

  create_role  = true
  role_name    = "${var.environment}-us-east-1-k8s-eks-argocd-irsa"
  provider_url = replace(data.terraform_remote_state.cluster.outputs.cluster_oidc_issuer_url, "https://", "")

  # Exact service accounts: StringEquals does not expand wildcards.
  oidc_fully_qualified_subjects = [
    "system:serviceaccount:argocd:argocd-application-controller",
    "system:serviceaccount:argocd:argocd-applicationset-controller",
    "system:serviceaccount:argocd:argocd-server",
  ]

  tags = merge(local.tags, { Purpose = "argocd-cluster-link" })
}

output "argocd_link_argocd_role_arn" {
  description = "IRSA role of the ArgoCD release argocd"
  value       = module.role_argocd_link_argocd.iam_role_arn
}
