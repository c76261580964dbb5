locals {
  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
  }

  # AWS accounts whose every IAM principal is mapped into the cluster
  map_accounts = [
    # var.accounts.shared.id,
  ]

  # IAM users mapped into the cluster
  map_users = [
    # {
    #   userarn  = "arn:aws:iam::${var.accounts.security.id}:user/jane.doe"
    #   username = "jane.doe"
    #   groups   = ["system:masters"]
    # },
  ]

  # IAM roles mapped into the cluster
  map_roles = [
    #
    # DevOps role: cluster admins
    #
    {
      rolearn  = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/DevOps"
      username = "DevOps"
      groups = [
      "system:masters"]
    },
    #
    # DeployMaster role: used by the CI pipelines that deploy to this cluster
    #
    {
      rolearn  = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/DeployMaster"
      username = "DeployMaster"
      groups = [
        "system:masters"
      ]
    },
  ]
}
