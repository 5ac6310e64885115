"""Send the alert digests of every region and of the cross-region portal (cron:
run_scheduled_tasks, hourly)."""

from django.conf import settings
from django.urls import get_urlconf, set_urlconf
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, get_tenant_model, tenant_context

from einblick.core.regions import PerRegionCommand
from einblick.engagement.digests import send_digests
from einblick.engagement.portal_alerts.models import PortalAlert


class Command(PerRegionCommand):
    help = (
        "Schickt jeder bestätigten Benachrichtigung, die fällig ist (täglich/wöchentlich), "
        "eine E-Mail mit dem seit dem letzten Mal neu Veröffentlichten ihrer Liste – keine, "
        "wenn nichts Neues dabei ist; in allen Regionen und auf dem Landesportal (ohne "
        "--region). Läuft stündlich im cron-Dienst."
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
        if not region:
            total += self._portal(now)
        self.stdout.write(f"Fertig: {total} E-Mails verschickt.")

    def _portal(self, now) -> int:
        """The portal's alerts, in the public schema with the portal's URLs and brand."""
        portal = get_tenant_model().objects.filter(schema_name=get_public_schema_name()).first()
        if portal is None:
            return 0
        previous = get_urlconf()
        with tenant_context(portal):
            set_urlconf(settings.PUBLIC_SCHEMA_URLCONF)
            try:
                checked, sent = send_digests(now, PortalAlert)
            finally:
                set_urlconf(previous)
        if checked:
            self.stdout.write(f"Landesportal: {checked} fällig, {sent} E-Mails verschickt")
        return sent
