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
    id    = "511823946037"
  }
  security = {
    email = "aws+security@binbash.example.com"
    id    = "512738495016"
  }
  shared = {
    email = "aws+shared@binbash.example.com"
    id    = "513649205871"
  }
  network = {
    email = "aws+network@binbash.example.com"
    id    = "514950316782"
  }
  apps-devstg = {
    email = "aws+apps-devstg@binbash.example.com"
    id    = "515061427893"
  }
  apps-prd = {
    email = "aws+apps-prd@binbash.example.com"
    id    = "516172538904"
  }
}

# AWS IAM Identity Center (SSO)
sso_enabled   = true
sso_region    = "us-east-1"
sso_start_url = "https://bb-leverage.awsapps.com/start"
