#------------------------------------------------------------------------------
# Secrets management
#------------------------------------------------------------------------------
variable "enable_external_secrets" {
  type        = bool
  description = "Install the External Secrets Operator"
  default     = false
}
