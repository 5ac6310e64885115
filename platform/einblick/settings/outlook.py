"""Issue 21: the occupational outlook (a region app) and the measures catalogue (a shared
app in the public schema), registered here (see selfservice.py)."""

from .base import INSTALLED_APPS, SHARED_APPS, TENANT_APPS

for _apps in (SHARED_APPS, INSTALLED_APPS):
    if "einblick.measures" not in _apps:
        _apps.append("einblick.measures")

for _apps in (TENANT_APPS, INSTALLED_APPS):
    if "einblick.outlook" not in _apps:
        _apps.append("einblick.outlook")
