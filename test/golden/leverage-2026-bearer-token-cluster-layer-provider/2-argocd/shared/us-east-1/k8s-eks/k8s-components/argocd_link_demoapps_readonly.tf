# argocd-cluster-link: demoapps-readonly
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps
# State of the apps-devstg layer that holds ArgoCD's ServiceAccount token for acme-apps-devstg-k8s-eks-demoapps.
# The token stays in Terraform state: it is never written into this repository.

data "terraform_remote_state" "argocd-link-demoapps-readonly" {
  backend = "s3"
  config = {
    region  = var.region
    profile = "${var.project}-apps-devstg-devops"
    bucket  = "${var.project}-apps-devstg-terraform-backend"
    key     = "apps-devstg/k8s-eks-demoapps/cluster/terraform.tfstate"
  }
}
