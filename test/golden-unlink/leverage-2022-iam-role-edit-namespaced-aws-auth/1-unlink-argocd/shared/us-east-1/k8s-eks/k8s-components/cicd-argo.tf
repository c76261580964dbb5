#------------------------------------------------------------------------------
# ArgoCD: GitOps + CD
#------------------------------------------------------------------------------
resource "helm_release" "argocd" {
  count = var.argocd.enabled ? 1 : 0

  name       = "argocd"
  namespace  = kubernetes_namespace.argocd[0].id
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-cd"
  version    = "4.6.5"
  values = [
    templatefile("chart-values/argo-cd.yaml", {
      argoHost          = "argocd.${local.environment}.${local.private_base_domain}"
      ingressClass      = local.private_ingress_class
      enableWebTerminal = var.argocd.enableWebTerminal
    }),
    # Secrets go through yamlencode() rather than the template: multi-line and
    # special characters are hard to get right with templatefile()
    yamlencode({
      configs = {
        secret = {
          # bcrypt hash of the admin password
          # TODO read it from AWS Secrets Manager
          argocdServerAdminPassword = "$2a$10$3vxeW4xgote3GhRS08w9Abf3mh2dSgxrD0xkYzLDiuFVb6IsDSLyf"
        }
      }
    })
  ]
}

#------------------------------------------------------------------------------
# Argo Rollouts: progressive delivery
#------------------------------------------------------------------------------
resource "helm_release" "argo_rollouts" {
  count = var.argocd.rollouts.enabled ? 1 : 0

  name       = "argo-rollouts"
  namespace  = kubernetes_namespace.argocd[0].id
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-rollouts"
  version    = "2.32.0"
  values = [
    yamlencode({
      dashboard = {
        enabled = false
      }
    })
  ]

  depends_on = [helm_release.argocd]
}
