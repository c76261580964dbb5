# argocd-cluster-link: devstg-dedicated
# link: ArgoCD argocd-devstg-dedicated in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps
# Kubernetes access of ArgoCD "argocd-devstg-dedicated" (account shared) through its role argocd-link-devstg-dedicated.

resource "aws_eks_access_entry" "argocd_link_devstg_dedicated" {
  cluster_name  = module.cluster.cluster_name
  principal_arn = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-devstg-dedicated"
  type          = "STANDARD"
}

resource "aws_eks_access_policy_association" "argocd_link_devstg_dedicated" {
  cluster_name  = aws_eks_access_entry.argocd_link_devstg_dedicated.cluster_name
  principal_arn = aws_eks_access_entry.argocd_link_devstg_dedicated.principal_arn
  policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy"

  access_scope {
    type = "cluster"
  }
}
