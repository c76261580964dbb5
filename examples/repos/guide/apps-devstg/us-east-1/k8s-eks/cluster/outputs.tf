output "cluster_id" {
  description = "EKS cluster ID"
  value       = module.cluster.cluster_id
}

output "cluster_name" {
  description = "EKS cluster name"
  value       = data.terraform_remote_state.eks-vpc.outputs.cluster_name
}

output "cluster_arn" {
  description = "EKS cluster ARN"
  value       = module.cluster.cluster_arn
}

output "cluster_endpoint" {
  description = "Kubernetes API endpoint"
  value       = module.cluster.cluster_endpoint
}

output "cluster_certificate_authority_data" {
  description = "Base64 encoded CA certificate of the Kubernetes API"
  value       = module.cluster.cluster_certificate_authority_data
}

output "cluster_oidc_issuer_url" {
  description = "OpenID Connect issuer URL of the cluster (used by IRSA)"
  value       = module.cluster.cluster_oidc_issuer_url
}

output "cluster_primary_security_group_id" {
  description = "Security group created by EKS for the control plane"
  value       = module.cluster.cluster_primary_security_group_id
}
