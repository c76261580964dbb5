#------------------------------------------------------------------------------
# Metrics Server
#------------------------------------------------------------------------------
resource "kubernetes_namespace" "monitoring_metrics" {
  count = var.enable_metrics_server ? 1 : 0

  metadata {
    labels = local.labels
    name   = "monitoring-metrics"
  }
}

resource "helm_release" "metrics_server" {
  count      = var.enable_metrics_server ? 1 : 0
  name       = "metrics-server"
  namespace  = kubernetes_namespace.monitoring_metrics[0].id
  repository = "https://kubernetes-sigs.github.io/metrics-server/"
  chart      = "metrics-server"
  version    = "3.11.0"
  values = [
    yamlencode({
      replicas = 1
      args     = ["--kubelet-preferred-address-types=InternalIP"]
    })
  ]
}
