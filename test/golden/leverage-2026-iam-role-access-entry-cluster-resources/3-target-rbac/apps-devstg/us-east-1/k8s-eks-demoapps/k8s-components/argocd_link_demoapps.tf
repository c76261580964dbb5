# argocd-cluster-link: demoapps
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps
# RBAC for the group argocd-link:demoapps of ArgoCD "argocd" (account shared).
# Access in demoapps comes from the EKS access entry; this grants the cluster-scoped kinds.

# cluster-resources: manage cluster-scoped kinds (namespaced access stays in demoapps).
# ClusterRoles and ClusterRoleBindings stay read-only: writing them would be as strong as cluster-admin.
resource "kubernetes_cluster_role_v1" "argocd_link_demoapps__cluster_scoped" {
  metadata {
    name = "argocd-link-demoapps--cluster-scoped"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "demoapps"
    }
  }

  rule {
    api_groups = [""]
    resources  = ["namespaces", "persistentvolumes"]
    verbs      = ["*"]
  }
  rule {
    api_groups = ["apiextensions.k8s.io"]
    resources  = ["customresourcedefinitions"]
    verbs      = ["*"]
  }
  rule {
    api_groups = ["rbac.authorization.k8s.io"]
    resources  = ["clusterroles", "clusterrolebindings"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["storage.k8s.io"]
    resources  = ["storageclasses"]
    verbs      = ["*"]
  }
  rule {
    api_groups = ["networking.k8s.io"]
    resources  = ["ingressclasses"]
    verbs      = ["*"]
  }
  rule {
    api_groups = ["scheduling.k8s.io"]
    resources  = ["priorityclasses"]
    verbs      = ["*"]
  }
  rule {
    api_groups = ["admissionregistration.k8s.io"]
    resources  = ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"]
    verbs      = ["*"]
  }
  rule {
    api_groups = ["apiregistration.k8s.io"]
    resources  = ["apiservices"]
    verbs      = ["*"]
  }
}

resource "kubernetes_cluster_role_binding_v1" "argocd_link_demoapps__cluster_scoped" {
  metadata {
    name = "argocd-link-demoapps--cluster-scoped"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "demoapps"
    }
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = kubernetes_cluster_role_v1.argocd_link_demoapps__cluster_scoped.metadata[0].name
  }
  subject {
    api_group = "rbac.authorization.k8s.io"
    kind      = "Group"
    name      = "argocd-link:demoapps"
  }
}
