# argocd-cluster-link: devstg-tokens
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# State of the apps-devstg layer that holds ArgoCD's ServiceAccount token for bb-apps-devstg-eks.
# The token stays in Terraform state: it is never written into this repository.

data "terraform_remote_state" "argocd-link-devstg-tokens" {
  backend = "s3"
  config = {
    region  = var.region
    profile = "${var.project}-apps-devstg-devops"
    bucket  = "${var.project}-apps-devstg-terraform-backend"
    key     = "apps-devstg/k8s-eks/cluster/terraform.tfstate"
  }
}
