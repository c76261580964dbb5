#------------------------------------------------------------------------------
# Cluster Autoscaler
#------------------------------------------------------------------------------
resource "helm_release" "cluster_autoscaler" {
  count      = var.cluster_autoscaler.enabled ? 1 : 0
  name       = "autoscaler"
  namespace  = kubernetes_namespace.scaling[0].id
  repository = "https://kubernetes.github.io/autoscaler"
  chart      = "cluster-autoscaler"
  version    = "9.46.6"
  values = [
    yamlencode({
      awsRegion = var.region
      autoDiscovery = {
        clusterName = data.terraform_remote_state.cluster.outputs.cluster_name
      }
      rbac = {
        serviceAccount = {
          # Must match the subject trusted by the role in the identities layer
          name = "autoscaler-aws-cluster-autoscaler"
          annotations = {
            "eks.amazonaws.com/role-arn" = data.terraform_remote_state.cluster-identities.outputs.cluster_autoscaler_role_arn
          }
        }
      }
    })
  ]
}
