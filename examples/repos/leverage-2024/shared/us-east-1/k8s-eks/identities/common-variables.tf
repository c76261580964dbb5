#==============================================================#
# Variables shared by every layer                              #
#==============================================================#
# Values come from config/common.tfvars (repository root),
# <account>/config/account.tfvars and <account>/config/backend.tfvars.

#
# <account>/config/backend.tfvars
#
variable "region" {
  type        = string
  description = "AWS region of the layer (and of the state backend)"
}

variable "profile" {
  type        = string
  description = "AWS CLI profile used by the backend and by the default aws provider"
}

variable "bucket" {
  type        = string
  description = "S3 bucket that stores the Terraform state"
}

variable "dynamodb_table" {
  type        = string
  description = "DynamoDB table that locks the Terraform state"
}

variable "encrypt" {
  type        = bool
  description = "Encrypt the Terraform state at rest"
}

#
# config/common.tfvars
#
variable "project" {
  type        = string
  description = "Short project name"
}

variable "project_long" {
  type        = string
  description = "Long project name"
}

variable "region_primary" {
  type        = string
  description = "Primary AWS region"
}

variable "region_secondary" {
  type        = string
  description = "Secondary AWS region (DR)"
}

variable "accounts" {
  type        = map(any)
  description = "Accounts of the organization, by name: { <name> = { email, id } }"
}

#
# <account>/config/account.tfvars
#
variable "environment" {
  type        = string
  description = "Environment (account) name"
}

#
# AWS IAM Identity Center (SSO)
#
variable "sso_role" {
  type        = string
  description = "Permission set used to log in through SSO"
  default     = "DevOps"
}

variable "sso_enabled" {
  type        = bool
  description = "Whether SSO is used to log in"
  default     = true
}

variable "sso_region" {
  type        = string
  description = "Region of the SSO instance"
  default     = "us-east-1"
}

variable "sso_start_url" {
  type        = string
  description = "SSO start URL"
  default     = ""
}
