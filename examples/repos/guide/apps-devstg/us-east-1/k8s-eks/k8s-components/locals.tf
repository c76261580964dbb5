locals {
  environment = replace(var.environment, "apps-", "")

  labels = {
    environment                    = var.environment
    "app.kubernetes.io/managed-by" = "Terraform"
  }
}
