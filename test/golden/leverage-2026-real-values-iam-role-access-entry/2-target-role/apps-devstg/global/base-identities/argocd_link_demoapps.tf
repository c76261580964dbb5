# argocd-cluster-link: demoapps
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps
# Role assumed by ArgoCD "argocd" (account shared) to reach acme-apps-devstg-k8s-eks-demoapps.
# It has no IAM policies: its only use is the Kubernetes access the cluster grants it.

module "iam_assumable_role_argocd_link_demoapps" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0"

  trusted_role_arns = ["arn:aws:iam::${var.accounts.shared.id}:role/shared-us-east-1-k8s-eks-argocd-irsa"]

  create_role = true
  role_name   = "argocd-link-demoapps"
  role_path   = "/"

  # Programmatic access from another role: no MFA.
  role_requires_mfa       = false
  custom_role_policy_arns = []

  tags = merge(local.tags, { Purpose = "argocd-cluster-link" })
}

output "argocd_link_demoapps_role_arn" {
  description = "Role ArgoCD argocd assumes to manage acme-apps-devstg-k8s-eks-demoapps"
  value       = module.iam_assumable_role_argocd_link_demoapps.iam_role_arn
}
