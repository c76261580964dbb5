output "cluster_autoscaler_role_arn" {
  description = "IAM role assumed by the Cluster Autoscaler service account"
  value       = module.role_cluster_autoscaler.iam_role_arn
}
