#------------------------------------------------------------------------------
# External Secrets Operator: syncs AWS Secrets Manager into Kubernetes Secrets
#------------------------------------------------------------------------------
resource "helm_release" "external_secrets" {
  count      = var.enable_external_secrets ? 1 : 0
  name       = "external-secrets"
  namespace  = kubernetes_namespace.external_secrets[0].id
  repository = "https://charts.external-secrets.io"
  chart      = "external-secrets"
  version    = "0.9.13"
  values = [
    yamlencode({
      serviceAccount = {
        name = "external-secrets"
        annotations = {
          "eks.amazonaws.com/role-arn" = data.terraform_remote_state.eks-identities.outputs.external_secrets_role_arn
        }
      }
    })
  ]
}
