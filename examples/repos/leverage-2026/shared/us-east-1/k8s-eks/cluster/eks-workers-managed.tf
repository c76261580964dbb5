module "cluster" {
  source = "github.com/binbashar/terraform-aws-eks.git?ref=v20.37.2"

  create          = true
  cluster_name    = data.terraform_remote_state.cluster-vpc.outputs.cluster_name
  cluster_version = var.cluster_version
  enable_irsa     = true

  # Whoever applies this layer gets an admin access entry
  enable_cluster_creator_admin_permissions = true

  # Configure networking
  vpc_id     = data.terraform_remote_state.cluster-vpc.outputs.vpc_id
  subnet_ids = data.terraform_remote_state.cluster-vpc.outputs.private_subnets

  # Configure public/private cluster endpoints
  cluster_endpoint_private_access = var.cluster_endpoint_private_access
  cluster_endpoint_public_access  = var.cluster_endpoint_public_access

  # Configure node inbound/outbound rules
  node_security_group_additional_rules = {
    ingress_self_all = {
      description = "Node to node, all ports and protocols"
      protocol    = "-1"
      from_port   = 0
      to_port     = 0
      type        = "ingress"
      self        = true
    }
  }

  # Managed node groups
  eks_managed_node_group_defaults = {
    ami_type = "AL2023_x86_64_STANDARD"
  }

  eks_managed_node_groups = {
    # ---------------------------------------------------------------
    # Standard workloads, Spot, all AZs
    # ---------------------------------------------------------------
    standard_spot = {
      min_size       = 1
      max_size       = 6
      desired_size   = 2
      capacity_type  = "SPOT"
      instance_types = ["t3.medium", "t3a.medium", "m5.large"]
      labels         = merge(local.tags, { stack = "standard" })
    }

    # ---------------------------------------------------------------
    # Tools (ArgoCD, monitoring...), Spot, all AZs
    # ---------------------------------------------------------------
    # tools_spot = {
    #   min_size       = 1
    #   max_size       = 3
    #   desired_size   = 1
    #   capacity_type  = "SPOT"
    #   instance_types = ["t3.large", "t3a.large"]
    #   labels         = merge(local.tags, { stack = "tools" })
    # }
  }

  # EKS managed add-ons
  cluster_addons = {
    vpc-cni = {
      most_recent    = true
      before_compute = true
    }
    coredns = {
      most_recent = true
    }
    kube-proxy = {
      most_recent = true
    }
  }

  # Control plane logs
  cluster_enabled_log_types              = ["audit", "authenticator"]
  cloudwatch_log_group_retention_in_days = var.cluster_log_retention_in_days

  tags = merge(local.tags,
    { "k8s.io/cluster-autoscaler/enabled" = "TRUE" },
    { "k8s.io/cluster-autoscaler/${data.terraform_remote_state.cluster-vpc.outputs.cluster_name}" = "owned" }
  )
}

#------------------------------------------------------------------------------
# aws-auth ConfigMap (moved out of the cluster module in v20)
#------------------------------------------------------------------------------
module "cluster-aws-auth" {
  source  = "terraform-aws-modules/eks/aws//modules/aws-auth"
  version = "20.37.2"

  manage_aws_auth_configmap = true

  aws_auth_roles    = local.map_roles
  aws_auth_users    = local.map_users
  aws_auth_accounts = local.map_accounts

  depends_on = [module.cluster]
}
