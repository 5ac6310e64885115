"""Deleting participants' personal data N days after the event (N per region, default 30).

Before the rows go, their numbers are kept in `RegistrationTally` for reporting. Expired
(never confirmed) registrations go a week after they expired.
"""

import datetime as dt

from django.db import transaction
from django.db.models import Q, Sum
from django.utils.translation import gettext_lazy

from einblick.core import retention

from .models import Event, RegistrationSettings
from .registrations import Registration, RegistrationTally, Status

EXPIRED_KEEP = dt.timedelta(days=7)


def _people(qs) -> int:
    return qs.aggregate(n=Sum("group_size"))["n"] or 0


def tally(event, now) -> RegistrationTally:
    rows = Registration.objects.filter(event=event)
    counts = {
        "registered": _people(rows.filter(status__in=(Status.CONFIRMED, Status.HELD))),
        "attended": _people(rows.filter(attended=True)),
        "waiting": _people(rows.filter(status=Status.WAITING)),
        "cancelled": _people(rows.filter(status=Status.CANCELLED)),
        "purged_at": now,
    }
    result, _ = RegistrationTally.objects.update_or_create(event=event, defaults=counts)
    return result


@retention.register(
    "events.registrations",
    label=gettext_lazy("Anmeldungen zu Veranstaltungen (Name, E-Mail, Schule, Klasse, Hinweis)"),
    retention=gettext_lazy(
        "bis 30 Tage nach der Veranstaltung (von der Region einstellbar); nicht bestätigte "
        "Anmeldungen 7 Tage nach Ablauf der Bestätigungsfrist. Danach bleiben nur Zahlen."
    ),
)
def purge_registrations(now) -> int:
    days = RegistrationSettings.current().retention_days
    cutoff = now - dt.timedelta(days=days)
    over = Event.objects.filter(
        Q(end__lt=cutoff) | Q(end__isnull=True, start__lt=cutoff), registrations__isnull=False
    ).distinct()
    deleted = 0
    for event in over:
        with transaction.atomic():
            tally(event, now)
            deleted += Registration.objects.filter(event=event).delete()[0]
    stale = Registration.objects.filter(status=Status.EXPIRED, updated_at__lt=now - EXPIRED_KEEP)
    deleted += stale.delete()[0]
    return deleted
