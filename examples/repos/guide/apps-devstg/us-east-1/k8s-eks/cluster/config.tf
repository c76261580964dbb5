#
# Providers
#
provider "aws" {
  region  = var.region
  profile = var.profile
}

# Needed by the EKS module to manage the aws-auth ConfigMap
provider "kubernetes" {
  host                   = data.aws_eks_cluster.cluster.endpoint
  cluster_ca_certificate = base64decode(data.aws_eks_cluster.cluster.certificate_authority[0].data)
  token                  = data.aws_eks_cluster_auth.cluster.token
}

#
# Backend (partial: bucket, profile and lock table come from backend.tfvars)
#
terraform {
  required_version = ">= 1.2"

  required_providers {
    aws        = "~> 4.10"
    kubernetes = "~> 2.10"
  }

  backend "s3" {
    key = "apps-devstg/k8s-eks/cluster/terraform.tfstate"
  }
}

#
# Data sources
#
data "aws_eks_cluster" "cluster" {
  name       = module.cluster.cluster_id
  depends_on = [module.cluster]
}

data "aws_eks_cluster_auth" "cluster" {
  name       = module.cluster.cluster_id
  depends_on = [module.cluster]
}

data "terraform_remote_state" "eks-vpc" {
  backend = "s3"
  config = {
    region  = var.region
    profile = var.profile
    bucket  = var.bucket
    key     = "apps-devstg/k8s-eks/network/terraform.tfstate"
  }
}

# VPC of the shared EKS cluster (ArgoCD runs there), read from the shared account
data "terraform_remote_state" "shared-eks-vpc" {
  backend = "s3"
  config = {
    region  = var.region
    profile = "${var.project}-shared-devops"
    bucket  = "${var.project}-shared-terraform-backend"
    key     = "shared/k8s-eks/network/terraform.tfstate"
  }
}
