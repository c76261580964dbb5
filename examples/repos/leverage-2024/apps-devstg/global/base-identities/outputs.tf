output "devops_role_arn" {
  description = "ARN of the DevOps role"
  value       = module.iam_assumable_role_devops.iam_role_arn
}

output "deploy_master_role_arn" {
  description = "ARN of the DeployMaster role"
  value       = module.iam_assumable_role_deploy_master.iam_role_arn
}
