resource "kubernetes_namespace" "external_secrets" {
  count = var.external_secrets.enabled ? 1 : 0

  metadata {
    labels = local.labels
    name   = "external-secrets"
  }
}
