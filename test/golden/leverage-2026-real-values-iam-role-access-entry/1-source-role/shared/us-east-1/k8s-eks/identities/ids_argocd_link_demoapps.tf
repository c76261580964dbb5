# argocd-cluster-link: demoapps
# link: ArgoCD argocd in shared -> apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps
# ArgoCD "argocd" may assume the role that apps-devstg/us-east-1/acme-apps-devstg-k8s-eks-demoapps trusts.

resource "aws_iam_policy" "argocd_link_demoapps" {
  name        = "${var.environment}-argocd-link-demoapps"
  description = "ArgoCD argocd: assume the argocd-cluster-link role of apps-devstg"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "AssumeArgoCDLinkRole"
        Effect   = "Allow"
        Action   = "sts:AssumeRole"
        Resource = "arn:aws:iam::${var.accounts.apps-devstg.id}:role/argocd-link-demoapps"
      },
    ]
  })
  tags = merge(local.tags, { Purpose = "argocd-cluster-link" })
}

resource "aws_iam_role_policy_attachment" "argocd_link_demoapps" {
  role       = module.role_argocd_link_argocd.iam_role_name
  policy_arn = aws_iam_policy.argocd_link_demoapps.arn
}
