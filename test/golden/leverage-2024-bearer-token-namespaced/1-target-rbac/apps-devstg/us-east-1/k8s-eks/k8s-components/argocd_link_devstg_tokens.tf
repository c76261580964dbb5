# argocd-cluster-link: devstg-tokens
# ServiceAccount, long-lived token and RBAC for ArgoCD "argocd" (account shared).
# Access: ClusterRole "admin" cluster-wide.

resource "kubernetes_service_account_v1" "argocd_link_devstg_tokens" {
  metadata {
    name      = "argocd-link-devstg-tokens"
    namespace = "kube-system"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "devstg-tokens"
    }
  }
}

# The token does not expire. Raising `input` replaces the secret with a new token (the scheduled
# rotation of argocd-cluster-link opens that change); apply the ArgoCD layer right after.
resource "terraform_data" "argocd_link_devstg_tokens_token_rotation" {
  input = "0"
}

resource "kubernetes_secret_v1" "argocd_link_devstg_tokens" {
  metadata {
    generate_name = "argocd-link-devstg-tokens-"
    namespace     = "kube-system"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "devstg-tokens"
    }
    annotations = {
      "kubernetes.io/service-account.name" = kubernetes_service_account_v1.argocd_link_devstg_tokens.metadata[0].name
    }
  }

  type                           = "kubernetes.io/service-account-token"
  wait_for_service_account_token = true

  lifecycle {
    create_before_destroy = true
    replace_triggered_by  = [terraform_data.argocd_link_devstg_tokens_token_rotation]
  }
}

resource "kubernetes_cluster_role_binding_v1" "argocd_link_devstg_tokens" {
  metadata {
    name = "argocd-link-devstg-tokens"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "devstg-tokens"
    }
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "admin"
  }
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.argocd_link_devstg_tokens.metadata[0].name
    namespace = "kube-system"
  }
}

output "argocd_link_devstg_tokens_bearer_token" {
  description = "Bearer token of ArgoCD argocd for this cluster (read by its layer through remote state)"
  value       = kubernetes_secret_v1.argocd_link_devstg_tokens.data.token
  sensitive   = true
}
