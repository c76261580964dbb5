# argocd-cluster-link: apps-devstg
# link: ArgoCD argocd-devstg in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# ServiceAccount, long-lived token and RBAC for ArgoCD "argocd-devstg" (account shared).
# Access: ClusterRole "cluster-admin" cluster-wide.

resource "kubernetes_service_account_v1" "argocd_link_apps_devstg" {
  metadata {
    name      = "argocd-link-apps-devstg"
    namespace = "kube-system"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "apps-devstg"
    }
  }
}

# The token does not expire. Raising the generation in generate_name (-g<N>-) replaces the secret
# with a new token (argocd-cluster-link's scheduled rotation opens that change); apply the ArgoCD
# layer right after.
resource "kubernetes_secret_v1" "argocd_link_apps_devstg" {
  metadata {
    generate_name = "argocd-link-apps-devstg-g0-"
    namespace     = "kube-system"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "apps-devstg"
    }
    annotations = {
      "kubernetes.io/service-account.name" = kubernetes_service_account_v1.argocd_link_apps_devstg.metadata[0].name
    }
  }

  type                           = "kubernetes.io/service-account-token"
  wait_for_service_account_token = true

  # A new token exists before the old one is deleted.
  lifecycle {
    create_before_destroy = true
  }
}

resource "kubernetes_cluster_role_binding_v1" "argocd_link_apps_devstg" {
  metadata {
    name = "argocd-link-apps-devstg"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "apps-devstg"
    }
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.argocd_link_apps_devstg.metadata[0].name
    namespace = "kube-system"
  }
}

output "argocd_link_apps_devstg_bearer_token" {
  description = "Bearer token of ArgoCD argocd-devstg for this cluster (read by its layer through remote state)"
  value       = kubernetes_secret_v1.argocd_link_apps_devstg.data.token
  sensitive   = true
}
