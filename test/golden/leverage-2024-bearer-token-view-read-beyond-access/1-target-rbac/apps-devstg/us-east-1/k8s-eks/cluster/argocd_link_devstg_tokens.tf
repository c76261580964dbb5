# argocd-cluster-link: devstg-tokens
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# ServiceAccount, long-lived token and RBAC for ArgoCD "argocd" (account shared).
# Access: ClusterRole "view" cluster-wide.
# ArgoCD v2.5.0 (no resource.respectRBAC): also reads every kind its cache lists in scope.
# token-created: 2026-12-01T00:00:00Z

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
    name      = "view"
  }
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.argocd_link_devstg_tokens.metadata[0].name
    namespace = "kube-system"
  }
}

# ArgoCD v2.5.0 has no resource.respectRBAC: one list its cache may not make fails the
# whole cluster. Read-only: the kinds it lists cluster-wide that "view" does not read.
resource "kubernetes_cluster_role_v1" "argocd_link_devstg_tokens__cache_read" {
  metadata {
    name = "argocd-link-devstg-tokens--cache-read"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "devstg-tokens"
    }
  }

  rule {
    api_groups = [""]
    resources  = ["podtemplates", "secrets", "nodes", "persistentvolumes"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["rbac.authorization.k8s.io"]
    resources  = ["rolebindings", "roles", "clusterrolebindings", "clusterroles"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["storage.k8s.io"]
    resources  = ["csistoragecapacities", "csidrivers", "csinodes", "storageclasses", "volumeattachments"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["networking.k8s.aws"]
    resources  = ["policyendpoints"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["vpcresources.k8s.aws"]
    resources  = ["securitygrouppolicies", "cninodes"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["admissionregistration.k8s.io"]
    resources = [
      "mutatingwebhookconfigurations",
      "validatingadmissionpolicies",
      "validatingadmissionpolicybindings",
      "validatingwebhookconfigurations",
    ]
    verbs = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["apiextensions.k8s.io"]
    resources  = ["customresourcedefinitions"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["apiregistration.k8s.io"]
    resources  = ["apiservices"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["certificates.k8s.io"]
    resources  = ["certificatesigningrequests"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["flowcontrol.apiserver.k8s.io"]
    resources  = ["flowschemas", "prioritylevelconfigurations"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["networking.k8s.io"]
    resources  = ["ingressclasses", "ipaddresses", "servicecidrs"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["node.k8s.io"]
    resources  = ["runtimeclasses"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["scheduling.k8s.io"]
    resources  = ["priorityclasses"]
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = ["crd.k8s.amazonaws.com"]
    resources  = ["eniconfigs"]
    verbs      = ["get", "list", "watch"]
  }
}

resource "kubernetes_cluster_role_binding_v1" "argocd_link_devstg_tokens__cache_read" {
  metadata {
    name = "argocd-link-devstg-tokens--cache-read"
    labels = {
      "app.kubernetes.io/managed-by" = "terraform"
      "argocd-cluster-link/link"     = "devstg-tokens"
    }
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = kubernetes_cluster_role_v1.argocd_link_devstg_tokens__cache_read.metadata[0].name
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
