#
# Components switches
#
variable "enable_argocd" {
  type        = bool
  description = "Install ArgoCD (GitOps continuous delivery)"
  default     = false
}

variable "enable_cluster_autoscaling" {
  type        = bool
  description = "Install the Cluster Autoscaler"
  default     = false
}
