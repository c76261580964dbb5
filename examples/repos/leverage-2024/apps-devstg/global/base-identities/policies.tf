#
# DevOps: everything but the IAM users of the account and billing
#
resource "aws_iam_policy" "devops_access" {
  name        = "devops_access"
  description = "Access for the DevOps role"
  tags        = local.tags
  policy      = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "FullAccess",
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    },
    {
      "Sid": "NoUsersNoBilling",
      "Effect": "Deny",
      "Action": [
        "iam:CreateUser",
        "iam:CreateAccessKey",
        "aws-portal:*",
        "account:*"
      ],
      "Resource": "*"
    }
  ]
}
EOF
}
