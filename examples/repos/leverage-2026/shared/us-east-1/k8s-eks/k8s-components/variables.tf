#------------------------------------------------------------------------------
# CI/CD
#------------------------------------------------------------------------------
variable "argocd" {
  description = "ArgoCD settings"
  type = object({
    enabled           = bool
    enableWebTerminal = optional(bool, false)
  })
  default = {
    enabled = false
  }
}

#------------------------------------------------------------------------------
# Scaling
#------------------------------------------------------------------------------
variable "cluster_autoscaler" {
  description = "Cluster Autoscaler settings"
  type = object({
    enabled = bool
  })
  default = {
    enabled = false
  }
}
