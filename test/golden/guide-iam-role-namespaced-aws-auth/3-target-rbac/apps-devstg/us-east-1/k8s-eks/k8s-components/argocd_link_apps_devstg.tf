# argocd-cluster-link: apps-devstg
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# RBAC for the group argocd-link:apps-devstg of ArgoCD "argocd" (account shared).
# Access: ClusterRole "edit" in team-a, team-b.

# The namespaces must exist: ArgoCD gets no right to create them.
resource "kubernetes_role_binding_v1" "argocd_link_apps_devstg" {
  for_each = toset(["team-a", "team-b"])

  metadata {
    name      = "argocd-link-apps-devstg"
    namespace = each.key
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "apps-devstg"
    }
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "edit"
  }
  subject {
    api_group = "rbac.authorization.k8s.io"
    kind      = "Group"
    name      = "argocd-link:apps-devstg"
  }
}
