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
  # Accounts whose every principal is mapped into the cluster
  map_accounts = []

  # IAM users mapped into the cluster
  map_users = []

  # IAM roles mapped into the cluster
  map_roles = [
    # DevOps role: cluster admins
    {
      rolearn  = "arn:aws:iam::${var.accounts.shared.id}:role/DevOps"
      username = "DevOps"
      groups   = ["system:masters"]
    },
  ]
}
