#
# Account settings
#

# Environment (account) name
environment = "network"

# Permission set used to log in through SSO
sso_role = "DevOps"
