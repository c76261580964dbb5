# argocd-cluster-link: demoapps-readonly
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps
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

# The token does not expire. Raising the generation in generate_name (-g<N>-) replaces the secret
# with a new token (argocd-cluster-link's scheduled rotation opens that change); apply the ArgoCD
# layer right after.
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
