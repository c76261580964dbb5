#------------------------------------------------------------------------------
# ArgoCD (legacy cluster)
#------------------------------------------------------------------------------
resource "helm_release" "argocd" {
  name             = "argocd"
  namespace        = "argocd"
  create_namespace = true
  repository       = "https://argoproj.github.io/argo-helm"
  chart            = "argo-cd"
  version          = "4.6.5"
  values = [
    yamlencode({
      server = {
        config = {
          url = "https://argocd-legacy.shared.aws.binbash.example.com"
        }
      }
    })
  ]
}
