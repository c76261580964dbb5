#------------------------------------------------------------------------------
# ArgoCD: GitOps + CD
#------------------------------------------------------------------------------
# bcrypt hash of the admin password, kept in AWS Secrets Manager
data "aws_secretsmanager_secret_version" "argocd_admin_password" {
  count     = var.argocd.enabled ? 1 : 0
  secret_id = "/k8s-eks/argocd/admin-password"
}

# Token of the "argocd-manager" service account in the data-platform cluster
data "aws_secretsmanager_secret_version" "argocd_data_platform_token" {
  count     = var.argocd.enabled ? 1 : 0
  secret_id = "/k8s-eks/argocd/clusters/data-platform/bearer-token"
}

resource "helm_release" "argocd" {
  count = var.argocd.enabled ? 1 : 0

  name       = "argocd"
  namespace  = kubernetes_namespace.argocd[0].id
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-cd"
  version    = "7.9.1"
  values = [
    templatefile("chart-values/argocd.yaml", {
      argoHost          = local.argocd_host
      ingressClass      = local.private_ingress_class
      enableWebTerminal = var.argocd.enableWebTerminal
    }),
    # Secrets are merged on top of the values file. clusterCredentials is a map
    # since chart 7.0.0, so the token lands inside the entry of the same name.
    yamlencode({
      configs = {
        secret = {
          argocdServerAdminPassword = data.aws_secretsmanager_secret_version.argocd_admin_password[0].secret_string
        }
        clusterCredentials = {
          data-platform = {
            config = {
              bearerToken = data.aws_secretsmanager_secret_version.argocd_data_platform_token[0].secret_string
            }
          }
        }
      }
    })
  ]
}
