# Short project name: prefixes profiles, buckets and resource names
project = "acme"

# Long project name
project_long = "acme-corp"

# Main region and the one used for DR replicas
region_primary   = "us-east-1"
region_secondary = "us-east-2"

# Accounts of the organization
accounts = {
  management = {
    email = "aws+management@acme.example.com"
    id    = "620113572948"
  }
  security = {
    email = "aws+security@acme.example.com"
    id    = "621224683059"
  }
  shared = {
    email = "aws+shared@acme.example.com"
    id    = "622335794160"
  }
  network = {
    email = "aws+network@acme.example.com"
    id    = "623446805271"
  }
  apps-devstg = {
    email = "aws+apps-devstg@acme.example.com"
    id    = "624557916382"
  }
  apps-prd = {
    email = "aws+apps-prd@acme.example.com"
    id    = "625668027493"
  }
}

# AWS IAM Identity Center (SSO)
sso_enabled   = true
sso_region    = "us-east-1"
sso_start_url = "https://acme-leverage.awsapps.com/start"
