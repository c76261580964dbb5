# argocd-cluster-link: bb-apps-devstg-eks
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# RBAC for the group argocd-link:bb-apps-devstg-eks of ArgoCD "argocd" (account shared).
# Access: ClusterRole "edit" in demoapps, monitoring.
# ArgoCD v2.3.4 (no resource.respectRBAC): also reads every kind its cache lists in scope.

# The namespaces must exist: ArgoCD gets no right to create them.
resource "kubernetes_role_binding_v1" "argocd_link_bb_apps_devstg_eks" {
  for_each = toset(["demoapps", "monitoring"])

  metadata {
    name      = "argocd-link-bb-apps-devstg-eks"
    namespace = each.key
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "bb-apps-devstg-eks"
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
    name      = "argocd-link:bb-apps-devstg-eks"
  }
}

# ArgoCD v2.3.4 has no resource.respectRBAC: one list its cache may not make fails the
# whole cluster. Read-only: the kinds it lists in these namespaces that "edit" does not read.
resource "kubernetes_cluster_role_v1" "argocd_link_bb_apps_devstg_eks__cache_read" {
  metadata {
    name = "argocd-link-bb-apps-devstg-eks--cache-read"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "bb-apps-devstg-eks"
    }
  }

  rule {
    api_groups = [""]
    resources  = ["podtemplates"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["rbac.authorization.k8s.io"]
    resources  = ["rolebindings", "roles"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["storage.k8s.io"]
    resources  = ["csistoragecapacities"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["networking.k8s.aws"]
    resources  = ["policyendpoints"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["vpcresources.k8s.aws"]
    resources  = ["securitygrouppolicies"]
    verbs      = ["get", "list", "watch"]
  }
}

resource "kubernetes_role_binding_v1" "argocd_link_bb_apps_devstg_eks__cache_read" {
  for_each = toset(["demoapps", "monitoring"])

  metadata {
    name      = "argocd-link-bb-apps-devstg-eks--cache-read"
    namespace = each.key
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "bb-apps-devstg-eks"
    }
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = kubernetes_cluster_role_v1.argocd_link_bb_apps_devstg_eks__cache_read.metadata[0].name
  }
  subject {
    api_group = "rbac.authorization.k8s.io"
    kind      = "Group"
    name      = "argocd-link:bb-apps-devstg-eks"
  }
}
