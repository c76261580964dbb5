# argocd-cluster-link: dedicated ArgoCD instance "argocd-devstg-dedicated", created for the cluster devstg-dedicated.
# A second release in the same cluster: CRDs stay with the first one, and the values give it
# its own application.instanceLabelKey so the two never fight over the same Applications.

resource "kubernetes_namespace_v1" "argocd_link_argocd_devstg_dedicated" {
  metadata {
    name = "argocd-devstg-dedicated"
  }
}

resource "helm_release" "argocd_link_argocd_devstg_dedicated" {
  name       = "argocd-devstg-dedicated"
  namespace  = kubernetes_namespace_v1.argocd_link_argocd_devstg_dedicated.metadata[0].name
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-cd"
  version    = "7.9.1"
  values = [
    templatefile("chart-values/argocd-instance-argocd-devstg-dedicated.yaml", {
      argocd_release_irsa_role_arn          = "arn:aws:iam::${var.accounts.shared.id}:role/shared-us-east-1-k8s-eks-argocd-devstg-dedicated-irsa"
      argocd_link_devstg_dedicated_role_arn = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-devstg-dedicated"
    }),
  ]
}
