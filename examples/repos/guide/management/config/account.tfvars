#
# Account settings
#

# Environment (account) name
environment = "management"

# Permission set used to log in through SSO
sso_role = "Administrator"
