#
# Account settings
#

# Environment (account) name
environment = "apps-prd"

# Permission set used to log in through SSO
sso_role = "DevOps"
