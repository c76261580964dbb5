# argocd-cluster-link: bb-apps-devstg-eks
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/bb-apps-devstg-eks
# ArgoCD "argocd" may assume the role that apps-devstg/us-east-1/bb-apps-devstg-eks trusts.

resource "aws_iam_policy" "argocd_link_bb_apps_devstg_eks" {
  name        = "${var.environment}-argocd-link-bb-apps-devstg-eks"
  description = "ArgoCD argocd: assume the argocd-cluster-link role of apps-devstg"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "AssumeArgoCDLinkRole"
        Effect   = "Allow"
        Action   = "sts:AssumeRole"
        Resource = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-bb-apps-devstg-eks"
      },
    ]
  })
  tags = merge(local.tags, { Purpose = "argocd-cluster-link" })
}

resource "aws_iam_role_policy_attachment" "argocd_link_bb_apps_devstg_eks" {
  role       = module.role_argocd_link_argocd.iam_role_name
  policy_arn = aws_iam_policy.argocd_link_bb_apps_devstg_eks.arn
}
