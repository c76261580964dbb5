# Short project name: prefixes profiles, buckets and resource names
project = "bb"

# Long project name
project_long = "binbash"

# Main region and the one used for DR replicas
region_primary   = "us-east-1"
region_secondary = "us-east-2"

# Accounts of the organization
accounts = {
  management = {
    email = "aws+management@binbash.example.com"
    id    = "401275890132"
  }
  security = {
    email = "aws+security@binbash.example.com"
    id    = "402938475610"
  }
  shared = {
    email = "aws+shared@binbash.example.com"
    id    = "403847561920"
  }
  network = {
    email = "aws+network@binbash.example.com"
    id    = "404756192038"
  }
  apps-devstg = {
    email = "aws+apps-devstg@binbash.example.com"
    id    = "405619203847"
  }
  apps-prd = {
    email = "aws+apps-prd@binbash.example.com"
    id    = "406192038475"
  }
}

# AWS IAM Identity Center (SSO)
sso_enabled   = true
sso_region    = "us-east-1"
sso_start_url = "https://bb-leverage.awsapps.com/start"
