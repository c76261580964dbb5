#
# IAM roles of this account
#

#
# Cross-account role: DevOps (assumed from the security account)
#
module "iam_assumable_role_devops" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0"

  trusted_role_arns = ["arn:aws:iam::${var.accounts.security.id}:root"]

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
