# argocd-cluster-link: bb-apps-devstg-eks
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# Role assumed by ArgoCD "argocd" (account shared) to reach bb-apps-devstg-eks.
# It has no IAM policies: its only use is the Kubernetes access the cluster grants it.

module "iam_assumable_role_argocd_link_bb_apps_devstg_eks" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0"

  trusted_role_arns = ["arn:aws:iam::${var.accounts.shared.id}:role/shared-us-east-1-k8s-eks-argocd-irsa"]

  create_role = true
  role_name   = "argocd-link-bb-apps-devstg-eks"
  role_path   = "/"

  # Programmatic access from another role: no MFA.
  role_requires_mfa       = false
  custom_role_policy_arns = []

  tags = merge(local.tags, { Purpose = "argocd-cluster-link" })
}

output "argocd_link_bb_apps_devstg_eks_role_arn" {
  description = "Role ArgoCD argocd assumes to manage bb-apps-devstg-eks"
  value       = module.iam_assumable_role_argocd_link_bb_apps_devstg_eks.iam_role_arn
}
