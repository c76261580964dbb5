module "cluster" {
  source = "github.com/binbashar/terraform-aws-eks.git?ref=v17.24.0"

  create_eks      = true
  cluster_name    = data.terraform_remote_state.eks-vpc.outputs.cluster_name
  cluster_version = "1.21"
  enable_irsa     = true

  vpc_id  = data.terraform_remote_state.eks-vpc.outputs.vpc_id
  subnets = data.terraform_remote_state.eks-vpc.outputs.private_subnets

  node_groups = {
    main = {
      desired_capacity = 1
      max_capacity     = 2
      min_capacity     = 1
      instance_types   = ["t3.medium"]
    }
  }

  manage_aws_auth = true
  map_roles       = local.map_roles

  tags = local.tags
}
