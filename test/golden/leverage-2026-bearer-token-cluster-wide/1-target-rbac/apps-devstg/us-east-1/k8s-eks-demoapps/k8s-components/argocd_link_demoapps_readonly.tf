# argocd-cluster-link: demoapps-readonly
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps
# ServiceAccount, long-lived token and RBAC for ArgoCD "argocd" (account shared).
# Access: ClusterRole "view" cluster-wide.
# token-created: 2026-12-01T00:00:00Z

resource "kubernetes_service_account_v1" "argocd_link_demoapps_readonly" {
  metadata {
    name      = "argocd-link-demoapps-readonly"
    namespace = "kube-system"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "demoapps-readonly"
    }
  }
}

# The token does not expire. Two slots (a, and b after the first rotation) keep two generations
# (-g<N>-); the output reads the newest. A rotation (argocd-cluster-link's scheduled run) gives the
# other slot generation N+1: applying this layer creates it and deletes N-1 but keeps N, which ArgoCD
# uses until its layer is applied and reads N+1.
resource "kubernetes_secret_v1" "argocd_link_demoapps_readonly" {
  metadata {
    generate_name = "argocd-link-demoapps-readonly-g0-"
    namespace     = "kube-system"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "demoapps-readonly"
    }
    annotations = {
      "kubernetes.io/service-account.name" = kubernetes_service_account_v1.argocd_link_demoapps_readonly.metadata[0].name
    }
  }

  type                           = "kubernetes.io/service-account-token"
  wait_for_service_account_token = true

  # A new token exists before the old one is deleted.
  lifecycle {
    create_before_destroy = true
  }
}

resource "kubernetes_cluster_role_binding_v1" "argocd_link_demoapps_readonly" {
  metadata {
    name = "argocd-link-demoapps-readonly"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "demoapps-readonly"
    }
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "view"
  }
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.argocd_link_demoapps_readonly.metadata[0].name
    namespace = "kube-system"
  }
}

output "argocd_link_demoapps_readonly_bearer_token" {
  description = "Bearer token of ArgoCD argocd for this cluster (read by its layer through remote state)"
  value       = kubernetes_secret_v1.argocd_link_demoapps_readonly.data.token
  sensitive   = true
}
