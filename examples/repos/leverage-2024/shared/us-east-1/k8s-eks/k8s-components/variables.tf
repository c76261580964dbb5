#------------------------------------------------------------------------------
# CI/CD
#------------------------------------------------------------------------------
variable "argocd" {
  description = "ArgoCD settings"
  type = object({
    enabled           = bool
    enableWebTerminal = optional(bool, false)
    rollouts = optional(object({
      enabled = bool
    }), { enabled = false })
  })
  default = {
    enabled = false
  }
}

#------------------------------------------------------------------------------
# Scaling
#------------------------------------------------------------------------------
variable "enable_cluster_autoscaling" {
  type        = bool
  description = "Install the Cluster Autoscaler"
  default     = false
}
