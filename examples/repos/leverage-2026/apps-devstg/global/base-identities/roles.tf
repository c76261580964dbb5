#
# IAM Roles
#

#
# Cross-account role: DevOps
#
module "iam_assumable_role_devops" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v5.37.1"

  trusted_role_arns = [
    "arn:aws:iam::${var.accounts.security.id}:root"
  ]

  create_role = true
  role_name   = "DevOps"
  role_path   = "/"

  #
  # MFA setup
  #
  role_requires_mfa    = true
  mfa_age              = 43200 # Max age (seconds) of the MFA authentication, 3600 to 43200
  max_session_duration = 3600  # Max duration (seconds) of the role session
  custom_role_policy_arns = [
    "arn:aws:iam::aws:policy/AdministratorAccess"
  ]

  tags = local.tags
}

#
# Cross-account role: Auditor (read only)
#
module "iam_assumable_role_auditor" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v5.37.1"

  trusted_role_arns = [
    "arn:aws:iam::${var.accounts.security.id}:root"
  ]

  create_role            = true
  role_name              = "Auditor"
  role_path              = "/"
  attach_readonly_policy = true

  role_requires_mfa = false
  custom_role_policy_arns = [
    "arn:aws:iam::aws:policy/SecurityAudit"
  ]

  tags = local.tags
}
