#
# IAM roles
#

#
# Cross-account role: DevOps
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
    aws_iam_policy.devops_access.arn
  ]

  tags = local.tags
}

#
# Cross-account role: DeployMaster (CI/CD pipelines)
#
module "iam_assumable_role_deploy_master" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role?ref=v4.1.0"

  trusted_role_arns = [
    "arn:aws:iam::${var.accounts.security.id}:root",
    "arn:aws:iam::${var.accounts.shared.id}:root"
  ]

  create_role = true
  role_name   = "DeployMaster"
  role_path   = "/"

  #
  # MFA setup
  #
  role_requires_mfa    = false
  mfa_age              = 43200 # Max age (seconds) of the MFA authentication, 3600 to 43200
  max_session_duration = 3600  # Max duration (seconds) of the role session
  custom_role_policy_arns = [
    "arn:aws:iam::aws:policy/PowerUserAccess"
  ]

  tags = local.tags
}
