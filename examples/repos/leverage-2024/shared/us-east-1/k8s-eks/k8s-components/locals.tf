locals {
  #
  # Common settings
  # ---------------
  environment = replace(var.environment, "apps-", "")

  labels = {
    environment                    = var.environment
    "app.kubernetes.io/managed-by" = "Terraform"
    "app.kubernetes.io/part-of"    = var.environment
  }

  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
  }

  #
  # DNS settings
  # ------------
  #   - Public domain:  binbash.example.com
  #   - Private domain: aws.binbash.example.com (resolvable through the VPN only)
  #
  public_base_domain  = "binbash.example.com"
  private_base_domain = "aws.binbash.example.com"

  #
  # Ingress settings
  # ----------------
  # Ingress classes identify the ingress controllers of the cluster
  public_ingress_class  = "public-apps"  # Customer facing apps
  private_ingress_class = "private-apps" # Internal tools, e.g. ArgoCD
}
