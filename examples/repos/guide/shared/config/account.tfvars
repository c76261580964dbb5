#
# Account settings
#

# Environment (account) name
environment = "shared"

# Permission set used to log in through SSO
sso_role = "DevOps"
