resource "kubernetes_namespace" "argocd" {
  count = var.argocd.enabled || var.argocd.rollouts.enabled ? 1 : 0

  metadata {
    labels = local.labels
    name   = "argocd"
  }
}

resource "kubernetes_namespace" "scaling" {
  count = var.enable_cluster_autoscaling ? 1 : 0

  metadata {
    labels = local.labels
    name   = "scaling"
  }
}
