#
# Providers
#
provider "aws" {
  region  = var.region
  profile = var.profile
}

#
# Backend (partial: bucket, profile and lock table come from backend.tfvars)
#
terraform {
  required_version = ">= 1.2"

  required_providers {
    aws = "~> 4.10"
  }

  backend "s3" {
    key = "shared/k8s-eks/identities/terraform.tfstate"
  }
}

#
# Data sources
#
data "terraform_remote_state" "eks-cluster" {
  backend = "s3"
  config = {
    region  = var.region
    profile = var.profile
    bucket  = var.bucket
    key     = "shared/k8s-eks/cluster/terraform.tfstate"
  }
}
