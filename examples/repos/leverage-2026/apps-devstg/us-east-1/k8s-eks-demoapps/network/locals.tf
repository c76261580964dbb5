locals {
  # Name of the EKS cluster that lives in this VPC
  cluster_name = "${var.project}-${var.environment}-k8s-eks-demoapps"

  vpc_name = "${var.project}-${var.environment}-vpc-k8s-eks-demoapps"
  vpc_cidr = "10.60.0.0/16"
  azs      = ["${var.region}a", "${var.region}b", "${var.region}c"]

  private_subnets = ["10.60.0.0/19", "10.60.32.0/19", "10.60.64.0/19"]
  public_subnets  = ["10.60.96.0/21", "10.60.104.0/21", "10.60.112.0/21"]

  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
    Layer       = local.layer_name
  }
}
