#
# Account settings
#

# Environment (account) name
environment = "apps-devstg"

# Permission set used to log in through SSO
sso_role = "DevOps"
