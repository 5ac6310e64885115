"""Send the search alert digests of every region (cron: run_scheduled_tasks, hourly)."""

from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.core.regions import PerRegionCommand
from einblick.engagement.digests import send_digests


class Command(PerRegionCommand):
    help = (
        "Schickt jeder bestätigten Suchbenachrichtigung, die fällig ist (täglich/wöchentlich), "
        "eine E-Mail mit den seit dem letzten Mal neu veröffentlichten passenden Angeboten – "
        "keine, wenn nichts Neues dabei ist. Läuft stündlich im cron-Dienst."
    )

    def handle(self, *args, region=None, **options):
        regions = self.regions(region)
        now = timezone.now()
        total = 0
        for current in regions:
            with tenant_context(current):
                checked, sent = send_digests(now)
            total += sent
            if checked:
                self.stdout.write(f"{current.slug}: {checked} fällig, {sent} E-Mails verschickt")
        self.stdout.write(f"Fertig: {total} E-Mails verschickt.")
