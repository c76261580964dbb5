# argocd-cluster-link: demoapps-readonly
# ServiceAccount, long-lived token and RBAC for ArgoCD "argocd" (account shared).
# Access: ClusterRole "view" cluster-wide.

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

# The token does not expire. Raising `input` replaces the secret with a new token (the scheduled
# rotation of argocd-cluster-link opens that change); apply the ArgoCD layer right after.
resource "terraform_data" "argocd_link_demoapps_readonly_token_rotation" {
  input = "0"
}

resource "kubernetes_secret_v1" "argocd_link_demoapps_readonly" {
  metadata {
    generate_name = "argocd-link-demoapps-readonly-"
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

  lifecycle {
    create_before_destroy = true
    replace_triggered_by  = [terraform_data.argocd_link_demoapps_readonly_token_rotation]
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
