variable "cluster_version" {
  type        = string
  description = "Kubernetes version of the EKS cluster"
  default     = "1.28"
}

variable "cluster_endpoint_private_access" {
  type        = bool
  description = "Expose the Kubernetes API inside the VPC"
  default     = true
}

variable "cluster_endpoint_public_access" {
  type        = bool
  description = "Expose the Kubernetes API to the Internet"
  default     = false
}

variable "cluster_log_retention_in_days" {
  type        = number
  description = "Days to keep the control plane logs"
  default     = 14
}
