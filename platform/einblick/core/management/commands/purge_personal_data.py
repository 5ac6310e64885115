"""Delete personal data whose retention period has ended, in every region."""

from django.utils import timezone
from django_tenants.utils import get_public_schema_name, schema_context, tenant_context

from einblick.core.regions import PerRegionCommand
from einblick.core.retention import purgers


class Command(PerRegionCommand):
    help = (
        "Löscht personenbezogene Daten (Anmeldungen, Anfragen, Benachrichtigungen), deren "
        "Aufbewahrungsfrist abgelaufen ist, in allen Regionen und auf dem Landesportal. "
        "Läuft im cron-Dienst."
    )

    def handle(self, *args, region=None, **options):
        regions = self.regions(region)
        now = timezone.now()
        total = 0
        for current in regions:
            with tenant_context(current):
                for purger in purgers():
                    deleted = purger.purge(now)
                    total += deleted
                    if deleted:
                        self.stdout.write(f"{current.slug}: {deleted} × {purger.label} gelöscht")
        if not region:
            total += self._purge_portal(now)
        self.stdout.write(f"Fertig: {total} Datensätze gelöscht.")

    def _purge_portal(self, now) -> int:
        """The cross-region portal's own data (public schema), once."""
        total = 0
        with schema_context(get_public_schema_name()):
            for purger in purgers("portal"):
                deleted = purger.purge(now)
                total += deleted
                if deleted:
                    self.stdout.write(f"Landesportal: {deleted} × {purger.label} gelöscht")
        return total
