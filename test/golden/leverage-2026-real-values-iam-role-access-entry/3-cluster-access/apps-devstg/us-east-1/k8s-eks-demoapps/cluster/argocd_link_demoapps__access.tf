# argocd-cluster-link: demoapps
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps
# Kubernetes access of ArgoCD "argocd" (account shared) through its role argocd-link-demoapps.

resource "aws_eks_access_entry" "argocd_link_demoapps" {
  cluster_name  = module.cluster.cluster_name
  principal_arn = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-demoapps"
  type          = "STANDARD"
}

resource "aws_eks_access_policy_association" "argocd_link_demoapps" {
  cluster_name  = aws_eks_access_entry.argocd_link_demoapps.cluster_name
  principal_arn = aws_eks_access_entry.argocd_link_demoapps.principal_arn
  policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy"

  access_scope {
    type       = "namespace"
    namespaces = ["demoapps"]
  }
}
