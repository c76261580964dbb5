variable "enable_metrics_server" {
  type        = bool
  description = "Install the Kubernetes Metrics Server (needed by HPA and kubectl top)"
  default     = true
}
