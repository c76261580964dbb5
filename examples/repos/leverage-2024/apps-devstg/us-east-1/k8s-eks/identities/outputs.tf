output "external_secrets_role_arn" {
  description = "IAM role assumed by the External Secrets Operator service account"
  value       = module.role_external_secrets.iam_role_arn
}
