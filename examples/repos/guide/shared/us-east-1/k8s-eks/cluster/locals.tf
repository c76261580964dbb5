locals {
  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
  }

  # AWS accounts whose every IAM principal is mapped into the cluster
  map_accounts = []

  # IAM users mapped into the cluster
  map_users = []

  # IAM roles mapped into the cluster
  map_roles = [
    #
    # DevOps role: cluster admins
    #
    {
      rolearn  = "arn:aws:iam::${var.accounts.shared.id}:role/DevOps"
      username = "DevOps"
      groups = [
      "system:masters"]
    },
  ]
}
