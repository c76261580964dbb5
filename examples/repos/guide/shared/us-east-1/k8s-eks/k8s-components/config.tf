#
# Providers
#
provider "aws" {
  region  = var.region
  profile = var.profile
}

provider "kubernetes" {
  host                   = data.aws_eks_cluster.cluster.endpoint
  cluster_ca_certificate = base64decode(data.aws_eks_cluster.cluster.certificate_authority[0].data)
  token                  = data.aws_eks_cluster_auth.cluster.token
}

provider "helm" {
  kubernetes {
    host                   = data.aws_eks_cluster.cluster.endpoint
    cluster_ca_certificate = base64decode(data.aws_eks_cluster.cluster.certificate_authority[0].data)
    token                  = data.aws_eks_cluster_auth.cluster.token
  }
}

#
# Backend (partial: bucket, profile and lock table come from backend.tfvars)
#
terraform {
  required_version = ">= 1.2"

  required_providers {
    aws        = "~> 4.10"
    helm       = "~> 2.5"
    kubernetes = "~> 2.10"
  }

  backend "s3" {
    key = "shared/k8s-eks/k8s-components/terraform.tfstate"
  }
}

#
# Data sources
#
data "aws_eks_cluster" "cluster" {
  name = data.terraform_remote_state.eks-cluster.outputs.cluster_id
}

data "aws_eks_cluster_auth" "cluster" {
  name = data.terraform_remote_state.eks-cluster.outputs.cluster_id
}

data "terraform_remote_state" "eks-cluster" {
  backend = "s3"
  config = {
    region  = var.region
    profile = var.profile
    bucket  = var.bucket
    key     = "shared/k8s-eks/cluster/terraform.tfstate"
  }
}

data "terraform_remote_state" "eks-identities" {
  backend = "s3"
  config = {
    region  = var.region
    profile = var.profile
    bucket  = var.bucket
    key     = "shared/k8s-eks/identities/terraform.tfstate"
  }
}
