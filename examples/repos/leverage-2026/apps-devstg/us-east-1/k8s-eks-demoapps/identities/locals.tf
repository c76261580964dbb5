locals {
  prefix      = "k8s-eks-demoapps"
  environment = replace(var.environment, "apps-", "")

  tags = {
    Terraform   = "true"
    Environment = var.environment
    Purpose     = "eks-oidc"
    Cluster     = data.terraform_remote_state.cluster.outputs.cluster_name
    Layer       = local.layer_name
  }

  tags_external_secrets = merge(local.tags, { Subject = "external-secrets" })
}
