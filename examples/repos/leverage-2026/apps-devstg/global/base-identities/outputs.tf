output "devops_role_arn" {
  description = "ARN of the DevOps role"
  value       = module.iam_assumable_role_devops.iam_role_arn
}

output "auditor_role_arn" {
  description = "ARN of the Auditor role"
  value       = module.iam_assumable_role_auditor.iam_role_arn
}
