#
# NOTE: this layer is retired (the " --" suffix keeps it out of every run).
# It is kept for reference until the old cluster state is removed.
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

terraform {
  required_version = ">= 1.1"

  required_providers {
    aws        = "~> 3.74"
    kubernetes = "~> 2.7"
  }

  backend "s3" {
    key = "apps-devstg/k8s-eks-old/cluster/terraform.tfstate"
  }
}

data "aws_eks_cluster" "cluster" {
  name = module.cluster.cluster_id
}

data "aws_eks_cluster_auth" "cluster" {
  name = module.cluster.cluster_id
}

data "terraform_remote_state" "eks-vpc" {
  backend = "s3"
  config = {
    region  = var.region
    profile = var.profile
    bucket  = var.bucket
    key     = "apps-devstg/k8s-eks-old/network/terraform.tfstate"
  }
}
