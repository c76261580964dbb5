locals {
  # The EKS cluster of this stack is named after the VPC that hosts it
  cluster_name = "${var.project}-${var.environment}-eks"

  vpc_name       = "${var.project}-${var.environment}-vpc-eks"
  vpc_cidr_block = "10.40.0.0/16"
  azs            = ["${var.region}a", "${var.region}b", "${var.region}c"]

  private_subnets = ["10.40.0.0/19", "10.40.32.0/19", "10.40.64.0/19"]
  public_subnets  = ["10.40.96.0/21", "10.40.104.0/21", "10.40.112.0/21"]

  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
  }
}
