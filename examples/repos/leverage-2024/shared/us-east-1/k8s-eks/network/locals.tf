locals {
  # The EKS cluster of this stack is named after the VPC that hosts it
  cluster_name = "${var.project}-${var.environment}-eks"

  vpc_name       = "${var.project}-${var.environment}-vpc-eks"
  vpc_cidr_block = "10.30.0.0/16"
  azs            = ["${var.region}a", "${var.region}b", "${var.region}c"]

  private_subnets = ["10.30.0.0/19", "10.30.32.0/19", "10.30.64.0/19"]
  public_subnets  = ["10.30.96.0/21", "10.30.104.0/21", "10.30.112.0/21"]

  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
  }
}
