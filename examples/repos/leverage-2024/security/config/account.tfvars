#
# Account settings
#

# Environment (account) name
environment = "security"

# Permission set used to log in through SSO
sso_role = "SecurityAuditor"
