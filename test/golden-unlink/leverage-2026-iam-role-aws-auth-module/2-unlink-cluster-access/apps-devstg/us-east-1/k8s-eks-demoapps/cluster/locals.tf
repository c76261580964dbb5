locals {
  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
    Layer       = local.layer_name
  }

  #
  # aws-auth ConfigMap entries
  #
  # NOTE: authentication_mode is not set on the cluster, so EKS uses
  # API_AND_CONFIG_MAP: these entries and the access entries both work.
  #
  # Accounts whose every principal is mapped into the cluster
  map_accounts = []

  # IAM users mapped into the cluster
  map_users = []

  # IAM roles mapped into the cluster
  map_roles = [
    #
    # DevOps role: cluster admins
    #
    {
      rolearn  = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/DevOps"
      username = "DevOps"
      groups   = ["system:masters"]
    },
    #
    # DevOps SSO permission set (role ARN without its aws-reserved/... path)
    #
    {
      rolearn  = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/AWSReservedSSO_DevOps_9d41b7e2c05a3f18"
      username = "DevOps"
      groups   = ["system:masters"]
    },
  ]
}
