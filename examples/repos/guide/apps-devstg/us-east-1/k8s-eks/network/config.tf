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
    key = "apps-devstg/k8s-eks/network/terraform.tfstate"
  }
}
