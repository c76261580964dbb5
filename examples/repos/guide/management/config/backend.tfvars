#
# Terraform state backend
#

# AWS CLI profile used by the backend (and by the layer's default provider)
profile = "bb-management-devops"

# S3 bucket holding the state files
bucket = "bb-management-terraform-backend"

# Region of the bucket and of the lock table
region = "us-east-1"

# DynamoDB table used to lock the state
dynamodb_table = "bb-management-terraform-backend"

# Encrypt the state at rest
encrypt = true
