#
# RETIRED: the legacy shared cluster was replaced by shared/us-east-1/k8s-eks.
# The " --" suffix keeps Leverage (and Atlantis) away from this layer.
#
provider "aws" {
  region  = var.region
  profile = var.profile
}

provider "helm" {
  kubernetes {
    host                   = data.aws_eks_cluster.cluster.endpoint
    cluster_ca_certificate = base64decode(data.aws_eks_cluster.cluster.certificate_authority[0].data)
    token                  = data.aws_eks_cluster_auth.cluster.token
  }
}

terraform {
  required_version = ">= 1.1"

  required_providers {
    aws  = "~> 3.74"
    helm = "~> 2.4"
  }

  backend "s3" {
    key = "shared/k8s-eks-legacy/k8s-components/terraform.tfstate"
  }
}

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
    key     = "shared/k8s-eks-legacy/cluster/terraform.tfstate"
  }
}
