resource "kubernetes_namespace" "argocd" {
  count = var.argocd.enabled ? 1 : 0

  metadata {
    labels = local.labels
    name   = "argocd"
  }
}

resource "kubernetes_namespace" "scaling" {
  count = var.cluster_autoscaler.enabled ? 1 : 0

  metadata {
    labels = local.labels
    name   = "scaling"
  }
}
