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
    Layer       = local.layer_name
  }

  #
  # DNS settings
  # ------------
  #   - Public domain:  acme.example.com
  #   - Private domain: aws.acme.example.com (VPN only)
  #
  public_base_domain  = "acme.example.com"
  private_base_domain = "aws.acme.example.com"

  #
  # Ingress settings
  # ----------------
  public_ingress_class  = "public-apps"
  private_ingress_class = "private-apps" # ArgoCD and other internal tools

  argocd_host = "argocd.${local.environment}.${local.private_base_domain}"
}
