locals {
  # Name of the EKS cluster that lives in this VPC
  cluster_name = "${var.project}-${var.environment}-k8s-eks"

  vpc_name = "${var.project}-${var.environment}-vpc-k8s-eks"
  vpc_cidr = "10.50.0.0/16"
  azs      = ["${var.region}a", "${var.region}b", "${var.region}c"]

  private_subnets = ["10.50.0.0/19", "10.50.32.0/19", "10.50.64.0/19"]
  public_subnets  = ["10.50.96.0/21", "10.50.104.0/21", "10.50.112.0/21"]

  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
    Layer       = local.layer_name
  }
}
