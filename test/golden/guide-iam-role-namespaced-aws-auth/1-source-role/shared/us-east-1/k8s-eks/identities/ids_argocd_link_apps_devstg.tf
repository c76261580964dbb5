# argocd-cluster-link: apps-devstg
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# ArgoCD "argocd" may assume the role that apps-devstg/us-east-1/bb-apps-devstg-eks trusts.

resource "aws_iam_policy" "argocd_link_apps_devstg" {
  name        = "${var.environment}-argocd-link-apps-devstg"
  description = "ArgoCD argocd: assume the argocd-cluster-link role of apps-devstg"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "AssumeArgoCDLinkRole"
        Effect   = "Allow"
        Action   = "sts:AssumeRole"
        Resource = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-apps-devstg"
      },
    ]
  })
  tags = merge(local.tags, { Purpose = "argocd-cluster-link" })
}

resource "aws_iam_role_policy_attachment" "argocd_link_apps_devstg" {
  role       = module.role_argocd_link_argocd.iam_role_name
  policy_arn = aws_iam_policy.argocd_link_apps_devstg.arn
}
