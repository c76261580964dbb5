resource "kubernetes_namespace" "external_secrets" {
  count = var.enable_external_secrets ? 1 : 0

  metadata {
    labels = local.labels
    name   = "external-secrets"
  }
}
