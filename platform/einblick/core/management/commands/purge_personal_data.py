"""Delete personal data whose retention period has ended, in every region."""

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tenants.utils import get_tenant_model, tenant_context

from einblick.core.retention import purgers


class Command(BaseCommand):
    help = (
        "Löscht personenbezogene Daten (Anmeldungen, Anfragen, Benachrichtigungen), deren "
        "Aufbewahrungsfrist abgelaufen ist, in allen Regionen. Läuft täglich im cron-Dienst."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", help="nur diese Region (Kürzel, z. B. jena)")

    def handle(self, *args, region=None, **options):
        regions = get_tenant_model().objects.exclude(schema_name="public").order_by("slug")
        if region:
            regions = regions.filter(slug=region)
            if not regions.exists():
                self.stderr.write(f"Region „{region}“ gibt es nicht.")
                raise SystemExit(2)
        now = timezone.now()
        total = 0
        for current in regions:
            with tenant_context(current):
                for purger in purgers():
                    deleted = purger.purge(now)
                    total += deleted
                    if deleted:
                        self.stdout.write(f"{current.slug}: {deleted} × {purger.label} gelöscht")
        self.stdout.write(f"Fertig: {total} Datensätze gelöscht.")
