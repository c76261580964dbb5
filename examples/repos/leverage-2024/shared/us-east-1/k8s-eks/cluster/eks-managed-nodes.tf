module "cluster" {
  source = "github.com/binbashar/terraform-aws-eks.git?ref=v18.30.0"

  create          = true
  cluster_name    = data.terraform_remote_state.eks-vpc.outputs.cluster_name
  cluster_version = var.cluster_version
  enable_irsa     = true

  # Networking
  vpc_id     = data.terraform_remote_state.eks-vpc.outputs.vpc_id
  subnet_ids = data.terraform_remote_state.eks-vpc.outputs.private_subnets

  # API endpoint: private only, reached through the VPN
  cluster_endpoint_private_access = var.cluster_endpoint_private_access
  cluster_endpoint_public_access  = var.cluster_endpoint_public_access

  # Node to node traffic
  node_security_group_additional_rules = {
    ingress_self_all = {
      description = "Node to node, all ports and protocols"
      protocol    = "-1"
      from_port   = 0
      to_port     = 0
      type        = "ingress"
      self        = true
    }
    egress_all = {
      description      = "Node to anywhere"
      protocol         = "-1"
      from_port        = 0
      to_port          = 0
      type             = "egress"
      cidr_blocks      = ["0.0.0.0/0"]
      ipv6_cidr_blocks = ["::/0"]
    }
  }

  # Managed node groups
  eks_managed_node_group_defaults = {
    ami_type  = "AL2_x86_64"
    disk_size = 50
  }

  eks_managed_node_groups = {
    tools = {
      min_size       = 1
      max_size       = 3
      desired_size   = 2
      capacity_type  = "SPOT"
      instance_types = ["t3.large", "t3a.large"]
      labels         = merge(local.tags, { stack = "tools" })
    }
  }

  # Who can reach the Kubernetes API (aws-auth ConfigMap)
  manage_aws_auth_configmap = var.manage_aws_auth
  aws_auth_roles            = local.map_roles
  aws_auth_users            = local.map_users
  aws_auth_accounts         = local.map_accounts

  # Control plane logs
  cluster_enabled_log_types              = ["api", "audit", "authenticator"]
  cloudwatch_log_group_retention_in_days = var.cluster_log_retention_in_days

  tags = merge(local.tags,
    { "k8s.io/cluster-autoscaler/enabled" = "TRUE" },
    { "k8s.io/cluster-autoscaler/${data.terraform_remote_state.eks-vpc.outputs.cluster_name}" = "owned" }
  )
}
