"""Remind confirmed participants N days before their event (N per region)."""

import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tenants.utils import get_tenant_model, tenant_context

from einblick.events import notifications
from einblick.events.models import RegistrationSettings
from einblick.events.registrations import Registration, Status


def send_due_reminders(now) -> int:
    """Reminders for the current region; each participant gets at most one."""
    days = RegistrationSettings.current().reminder_days
    if not days:
        return 0
    due = Registration.objects.filter(
        status=Status.CONFIRMED,
        reminded_at__isnull=True,
        event__start__gt=now,
        event__start__lte=now + dt.timedelta(days=days),
    ).select_related("event", "slot")
    sent = 0
    for registration in due:
        notifications.reminder(registration)
        Registration.objects.filter(pk=registration.pk).update(reminded_at=now)
        sent += 1
    return sent


class Command(BaseCommand):
    help = (
        "Schickt bestätigten Teilnehmer:innen eine Erinnerung N Tage vor der Veranstaltung "
        "(N je Region, Standard 2), in allen Regionen; jede Person nur einmal."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        total = 0
        for region in get_tenant_model().objects.exclude(schema_name="public").order_by("slug"):
            with tenant_context(region):
                sent = send_due_reminders(now)
            total += sent
            if sent:
                self.stdout.write(f"{region.slug}: {sent} Erinnerungen verschickt")
        self.stdout.write(f"Fertig: {total} Erinnerungen.")
