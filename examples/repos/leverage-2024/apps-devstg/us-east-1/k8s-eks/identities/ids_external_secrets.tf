#
# External Secrets Operator: IRSA role and policy
#
module "role_external_secrets" {
  source = "github.com/binbashar/terraform-aws-iam.git//modules/iam-assumable-role-with-oidc?ref=v5.37.1"

  create_role  = true
  role_name    = "${local.environment}-external-secrets"
  provider_url = replace(data.terraform_remote_state.eks-cluster.outputs.cluster_oidc_issuer_url, "https://", "")

  role_policy_arns = [
    aws_iam_policy.external_secrets.arn
  ]
  oidc_fully_qualified_subjects = [
    "system:serviceaccount:external-secrets:external-secrets"
  ]

  tags = local.tags_external_secrets
}

resource "aws_iam_policy" "external_secrets" {
  name        = "${local.environment}-external-secrets"
  description = "Read-only access to the secrets of this environment"
  tags        = local.tags_external_secrets
  policy      = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadEnvironmentSecrets",
      "Effect": "Allow",
      "Action": [
        "secretsmanager:DescribeSecret",
        "secretsmanager:GetResourcePolicy",
        "secretsmanager:GetSecretValue",
        "secretsmanager:ListSecretVersionIds"
      ],
      "Resource": "arn:aws:secretsmanager:${var.region}:${var.accounts.apps-devstg.id}:secret:/k8s-eks/*"
    },
    {
      "Sid": "ListSecrets",
      "Effect": "Allow",
      "Action": "secretsmanager:ListSecrets",
      "Resource": "*"
    }
  ]
}
EOF
}
