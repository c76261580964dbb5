locals {
  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
  }

  # Extra AWS accounts to add to the aws-auth ConfigMap
  #
  map_accounts = [
    # var.accounts.security.id,
    # var.accounts.shared.id,
  ]

  # Extra IAM users to add to the aws-auth ConfigMap
  #
  map_users = [
    # {
    #   userarn  = "arn:aws:iam::${var.accounts.security.id}:user/jane.doe"
    #   username = "jane.doe"
    #   groups   = ["system:masters"]
    # },
  ]

  # Extra IAM roles to add to the aws-auth ConfigMap
  #
  map_roles = [
    #
    # CI pipelines assume this role, among other things to tear the cluster down
    #
    {
      rolearn  = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/DeployMaster"
      username = "DeployMaster"
      groups = [
      "system:masters"]
    },
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
    # DevOps SSO permission set: cluster admins too
    # (aws-auth wants the role ARN without the aws-reserved/... path)
    #
    {
      rolearn  = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/AWSReservedSSO_DevOps_4f2c8e1a9b3d7c60"
      username = "DevOps"
      groups = [
      "system:masters"]
    },
    {
      # argocd-cluster-link: bb-apps-devstg-eks (ArgoCD argocd in shared)
      rolearn  = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-bb-apps-devstg-eks"
      username = "argocd-link-bb-apps-devstg-eks"
      groups   = ["argocd-link:bb-apps-devstg-eks"]
    },
  ]
}
