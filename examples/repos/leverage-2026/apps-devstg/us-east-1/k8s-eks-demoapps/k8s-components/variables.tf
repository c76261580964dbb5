#------------------------------------------------------------------------------
# Secrets management
#------------------------------------------------------------------------------
variable "external_secrets" {
  description = "External Secrets Operator settings"
  type = object({
    enabled = bool
  })
  default = {
    enabled = false
  }
}
