"""Deleting search alerts: unconfirmed ones after ALERT_CONFIRM_DAYS, confirmed ones
ALERT_KEEP_DAYS after the last click on their confirm or manage link (12 months by
default); unsubscribing deletes an alert at once (views). Enquiries go N days after they
came in (EnquirySettings per region, default 90)."""

import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from einblick.core import retention

from .models import Enquiry, EnquirySettings, SearchAlert

ALERT_RETENTION = format_lazy(
    gettext_lazy(
        "bis zur Abmeldung (dann sofort gelöscht); nicht bestätigte nach {confirm} Tagen; "
        "bestätigte {keep} Tage nach dem letzten Klick auf den Bestätigungs- oder "
        "Verwaltungslink"
    ),
    confirm=settings.ALERT_CONFIRM_DAYS,
    keep=settings.ALERT_KEEP_DAYS,
)


@retention.register(
    "engagement.alerts",
    label=gettext_lazy(
        "Benachrichtigungen zu Angeboten, Suche, Veranstaltungen und Unternehmen "
        "(E-Mail-Adresse und gewählte Filter)"
    ),
    retention=ALERT_RETENTION,
)
def purge_alerts(now) -> int:
    return purge_alert_rows(SearchAlert.objects.all(), now)


def purge_alert_rows(queryset, now) -> int:
    """Delete the unconfirmed alerts past ALERT_CONFIRM_DAYS and the confirmed ones whose last
    click is more than ALERT_KEEP_DAYS ago (of any alert model: region or portal)."""
    unconfirmed = Q(
        confirmed_at__isnull=True,
        created_at__lt=now - dt.timedelta(days=settings.ALERT_CONFIRM_DAYS),
    )
    stale = Q(
        confirmed_at__isnull=False,
        last_click__lt=now - dt.timedelta(days=settings.ALERT_KEEP_DAYS),
    )
    rows = queryset.annotate(last_click=Coalesce("last_click_at", "confirmed_at"))
    return rows.filter(unconfirmed | stale).delete()[0]


@retention.register(
    "engagement.enquiries",
    label=gettext_lazy("Anfragen an Unternehmen (Name, E-Mail, Telefon, Schule, Nachricht)"),
    retention=gettext_lazy("90 Tage nach dem Eingang (von der Region einstellbar)"),
)
def purge_enquiries(now) -> int:
    days = EnquirySettings.current().retention_days
    return Enquiry.objects.filter(created_at__lt=now - dt.timedelta(days=days)).delete()[0]
