"""Company self-service (issue 15): the app, its login form and admin wording.

The app is a region (tenant) app; it registers itself here so that base.py stays one
import line longer only. The lists are extended in place (base.py imports this module last).
"""

from .base import INSTALLED_APPS, TENANT_APPS

for _apps in (TENANT_APPS, INSTALLED_APPS):
    if "einblick.selfservice" not in _apps:
        _apps.append("einblick.selfservice")

WAGTAILADMIN_USER_LOGIN_FORM = "einblick.selfservice.forms.RegionLoginForm"

# Invitations of company logins (einblick.selfservice.invitations): days a link stays valid.
SELFSERVICE_INVITATION_DAYS = 7
