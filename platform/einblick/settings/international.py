"""Issue 20: the international section (a region app) and the platform-wide contacts (a
shared app in the public schema), registered here (see outlook.py)."""

from .base import INSTALLED_APPS, SHARED_APPS, TENANT_APPS

for _apps in (SHARED_APPS, INSTALLED_APPS):
    if "einblick.international.shared" not in _apps:
        _apps.append("einblick.international.shared")

for _apps in (TENANT_APPS, INSTALLED_APPS):
    if "einblick.international" not in _apps:
        _apps.append("einblick.international")
