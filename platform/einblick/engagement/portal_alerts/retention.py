"""The portal's alerts are deleted like a region's (einblick.engagement.retention), in the
public schema (scope "portal" of the retention registry)."""

from django.utils.translation import gettext_lazy

from einblick.core import retention
from einblick.engagement.retention import ALERT_RETENTION, purge_alert_rows

from .models import PortalAlert


@retention.register(
    "portal.alerts",
    label=gettext_lazy(
        "Suchbenachrichtigungen des Landesportals (E-Mail-Adresse und gewählte Filter)"
    ),
    retention=ALERT_RETENTION,
    scope="portal",
)
def purge_portal_alerts(now) -> int:
    return purge_alert_rows(PortalAlert.objects.all(), now)
