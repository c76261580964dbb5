# argocd-cluster-link: apps-devstg
# link: ArgoCD argocd-devstg in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# ServiceAccount, long-lived token and RBAC for ArgoCD "argocd-devstg" (account shared).
# Access: ClusterRole "cluster-admin" cluster-wide.
# token-created: 2026-12-01T00:00:00Z

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

# The token does not expire. Two slots (a, and b after the first rotation) keep two generations
# (-g<N>-); the output reads the newest. A rotation (argocd-cluster-link's scheduled run) gives the
# other slot generation N+1: applying this layer creates it and deletes N-1 but keeps N, which ArgoCD
# uses until its layer is applied and reads N+1.
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
