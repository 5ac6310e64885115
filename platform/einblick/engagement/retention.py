"""Deleting search alerts: unconfirmed ones after ALERT_CONFIRM_DAYS, confirmed ones
ALERT_KEEP_DAYS after the last click on their confirm or manage link (12 months by
default); unsubscribing deletes an alert at once (views). Enquiries go N days after they
came in (EnquirySettings per region, default 90)."""

import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.db.models.functions import Coalesce

from einblick.core import retention

from .models import Enquiry, EnquirySettings, SearchAlert


@retention.register(
    "engagement.alerts",
    label="Suchbenachrichtigungen (E-Mail-Adresse und gewählte Filter)",
    retention=(
        f"bis zur Abmeldung (dann sofort gelöscht); nicht bestätigte nach "
        f"{settings.ALERT_CONFIRM_DAYS} Tagen; bestätigte {settings.ALERT_KEEP_DAYS} Tage nach "
        "dem letzten Klick auf den Bestätigungs- oder Verwaltungslink"
    ),
)
def purge_alerts(now) -> int:
    unconfirmed = Q(
        confirmed_at__isnull=True,
        created_at__lt=now - dt.timedelta(days=settings.ALERT_CONFIRM_DAYS),
    )
    stale = Q(
        confirmed_at__isnull=False,
        last_click__lt=now - dt.timedelta(days=settings.ALERT_KEEP_DAYS),
    )
    rows = SearchAlert.objects.annotate(last_click=Coalesce("last_click_at", "confirmed_at"))
    return rows.filter(unconfirmed | stale).delete()[0]


@retention.register(
    "engagement.enquiries",
    label="Anfragen an Unternehmen (Name, E-Mail, Telefon, Schule, Nachricht)",
    retention="90 Tage nach dem Eingang (von der Region einstellbar)",
)
def purge_enquiries(now) -> int:
    days = EnquirySettings.current().retention_days
    return Enquiry.objects.filter(created_at__lt=now - dt.timedelta(days=days)).delete()[0]
