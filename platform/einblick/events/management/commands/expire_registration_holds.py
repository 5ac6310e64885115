"""Free the seats of unconfirmed registrations whose confirmation period has ended."""

from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tenants.utils import get_tenant_model, tenant_context

from einblick.events import booking


class Command(BaseCommand):
    help = (
        "Lässt unbestätigte Veranstaltungsanmeldungen nach Ablauf der Bestätigungsfrist "
        "verfallen und rückt Personen von der Warteliste nach (mit E-Mail), in allen Regionen."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        for region in get_tenant_model().objects.exclude(schema_name="public").order_by("slug"):
            with tenant_context(region):
                expired, promoted = booking.expire_holds(now)
            if expired or promoted:
                self.stdout.write(f"{region.slug}: {expired} verfallen, {promoted} nachgerückt")
        self.stdout.write("Fertig.")
