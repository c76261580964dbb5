# argocd-cluster-link: dedicated ArgoCD instance "argocd-devstg", created for the cluster apps-devstg.
# A second release in the same cluster: CRDs stay with the first one, and the values give it
# its own application.instanceLabelKey so the two never fight over the same Applications.

resource "kubernetes_namespace_v1" "argocd_link_argocd_devstg" {
  metadata {
    name = "argocd-devstg"
  }
}

resource "helm_release" "argocd_link_argocd_devstg" {
  name       = "argocd-devstg"
  namespace  = kubernetes_namespace_v1.argocd_link_argocd_devstg.metadata[0].name
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-cd"
  version    = "6.7.3"
  values = [
    templatefile("chart-values/argocd-instance-argocd-devstg.yaml", {
      argocd_link_apps_devstg_bearer_token = data.terraform_remote_state.argocd-link-apps-devstg.outputs.argocd_link_apps_devstg_bearer_token
    }),
  ]
}
