# argocd-cluster-link: devstg-tokens
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# ServiceAccount, long-lived token and RBAC for ArgoCD "argocd" (account shared).
# Access: ClusterRole "admin" in orders, payments.

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

# The token does not expire. Two slots (a, and b after the first rotation) keep two generations
# (-g<N>-); the output reads the newest. A rotation (argocd-cluster-link's scheduled run) gives the
# other slot generation N+1: applying this layer creates it and deletes N-1 but keeps N, which ArgoCD
# uses until its layer is applied and reads N+1.
resource "kubernetes_secret_v1" "argocd_link_devstg_tokens" {
  metadata {
    generate_name = "argocd-link-devstg-tokens-g0-"
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

  # A new token exists before the old one is deleted.
  lifecycle {
    create_before_destroy = true
  }
}

# The namespaces must exist: ArgoCD gets no right to create them.
resource "kubernetes_role_binding_v1" "argocd_link_devstg_tokens" {
  for_each = toset(["orders", "payments"])

  metadata {
    name      = "argocd-link-devstg-tokens"
    namespace = each.key
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

# cluster-resources: manage cluster-scoped kinds (namespaced access stays in orders, payments).
# Writing ClusterRoles and their bindings is as strong as cluster-admin: grant it to a trusted ArgoCD only.
resource "kubernetes_cluster_role_v1" "argocd_link_devstg_tokens__cluster_scoped" {
  metadata {
    name = "argocd-link-devstg-tokens--cluster-scoped"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "devstg-tokens"
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
    verbs      = ["*"]
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

resource "kubernetes_cluster_role_binding_v1" "argocd_link_devstg_tokens__cluster_scoped" {
  metadata {
    name = "argocd-link-devstg-tokens--cluster-scoped"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "devstg-tokens"
    }
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = kubernetes_cluster_role_v1.argocd_link_devstg_tokens__cluster_scoped.metadata[0].name
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
