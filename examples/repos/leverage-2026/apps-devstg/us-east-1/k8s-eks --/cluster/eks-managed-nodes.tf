module "cluster" {
  source = "github.com/binbashar/terraform-aws-eks.git?ref=v18.30.0"

  create          = true
  cluster_name    = data.terraform_remote_state.eks-vpc.outputs.cluster_name
  cluster_version = var.cluster_version
  enable_irsa     = true

  # Configure networking
  vpc_id     = data.terraform_remote_state.eks-vpc.outputs.vpc_id
  subnet_ids = data.terraform_remote_state.eks-vpc.outputs.private_subnets

  # Configure public/private cluster endpoints
  cluster_endpoint_private_access = var.cluster_endpoint_private_access
  cluster_endpoint_public_access  = var.cluster_endpoint_public_access

  # Configure node inbound/outbound rules
  node_security_group_additional_rules = {
    #
    # Nodes talk to each other on any port. Narrow this down once the
    # traffic between workloads is well known.
    #
    ingress_self_all = {
      description = "Node to node, all ports and protocols"
      protocol    = "-1"
      from_port   = 0
      to_port     = 0
      type        = "ingress"
      self        = true
    },
    egress_self_all = {
      description = "Node to node, all ports and protocols"
      protocol    = "-1"
      from_port   = 0
      to_port     = 0
      type        = "egress"
      self        = true
    },
    #
    # Admission webhooks called by the control plane
    #
    ingress_nginx_admission_webhook_tcp = {
      description                   = "Cluster API to the ingress-nginx admission webhook"
      protocol                      = "tcp"
      from_port                     = 8443
      to_port                       = 8443
      type                          = "ingress"
      source_cluster_security_group = true
    },
    #
    # HTTPS to anywhere (ECR, AWS APIs, Git repositories)
    #
    egress_https = {
      description = "Node to HTTPS endpoints"
      protocol    = "tcp"
      from_port   = 443
      to_port     = 443
      type        = "egress"
      cidr_blocks = ["0.0.0.0/0"]
    },
  }

  # Default settings of the managed node groups
  eks_managed_node_group_defaults = {
    ami_type       = "AL2_x86_64"
    disk_size      = 50
    instance_types = ["t3.medium"]
  }

  # Managed node groups
  eks_managed_node_groups = {
    on-demand = {
      min_size      = 1
      max_size      = 3
      desired_size  = 1
      capacity_type = "ON_DEMAND"
    }
    spot = {
      min_size       = 1
      max_size       = 6
      desired_size   = 2
      capacity_type  = "SPOT"
      instance_types = ["t3.medium", "t3a.medium", "t2.medium"]
    }
  }

  # Configure which roles, users and accounts can access the k8s api
  manage_aws_auth_configmap = true
  aws_auth_roles            = local.map_roles
  aws_auth_users            = local.map_users
  aws_auth_accounts         = local.map_accounts

  # Control plane logs and their retention
  cluster_enabled_log_types = [
    "api",
    "audit",
    "authenticator",
  ]
  cloudwatch_log_group_retention_in_days = var.cluster_log_retention_in_days

  # Tags (with the ones the cluster autoscaler looks for)
  tags = merge(local.tags,
    { "k8s.io/cluster-autoscaler/enabled" = "TRUE" },
    { "k8s.io/cluster-autoscaler/${data.terraform_remote_state.eks-vpc.outputs.cluster_name}" = "owned" }
  )
}
