locals {
  #
  # Common settings
  #
  environment = replace(var.environment, "apps-", "")

  labels = {
    environment                    = var.environment
    "app.kubernetes.io/managed-by" = "Terraform"
  }

  tags = {
    Terraform   = "true"
    Environment = var.environment
    Project     = var.project
  }

  #
  # DNS and ingress settings
  #
  # Internal services hang from the private zone: <service>.<environment>.<private_base_domain>
  private_base_domain = "aws.binbash.example.com"

  # Ingress class served by the private (VPN only) ingress controller
  private_ingress_class = "private-apps"
}
