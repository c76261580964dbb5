#
# EKS Module
#
output "cluster_name" {
  description = "EKS cluster name"
  value       = module.cluster.cluster_name
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

output "oidc_provider_arn" {
  description = "ARN of the IAM OIDC provider of the cluster"
  value       = module.cluster.oidc_provider_arn
}

output "cluster_primary_security_group_id" {
  description = "Security group created by EKS for the control plane"
  value       = module.cluster.cluster_primary_security_group_id
}
