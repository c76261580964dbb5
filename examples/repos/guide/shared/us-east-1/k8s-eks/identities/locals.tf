locals {
  environment = replace(var.environment, "apps-", "")

  tags = {
    Terraform   = "true"
    Environment = var.environment
    Purpose     = "eks-oidc"
    Cluster     = data.terraform_remote_state.eks-cluster.outputs.cluster_name
  }

  tags_cluster_autoscaler = merge(local.tags, { Subject = "cluster-autoscaler" })
}
