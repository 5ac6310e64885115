"""Delete a region for good, after an automatic export into the archive."""

from django.core.management.base import BaseCommand, CommandError

from tenants.lifecycle import LifecycleError
from tenants.models import Region
from transfer_kit.lifecycle import delete_region


class Command(BaseCommand):
    help = (
        "Löscht eine Region (in Vorbereitung oder deaktiviert) mit Schema, Domains und "
        "Mediendateien – vorher wird sie automatisch exportiert (REGION_ARCHIVE_DIR). "
        "Beispiel: delete_region gera --ja"
    )

    def add_arguments(self, parser):
        parser.add_argument("region", help="Kürzel der Region, z. B. „gera“")
        parser.add_argument("--ja", action="store_true", help="Löschen wirklich ausführen")

    def handle(self, *args, **options):
        region = Region.objects.filter(slug=options["region"]).exclude(schema_name="public").first()
        if region is None:
            raise CommandError(f"Unbekannte Region „{options['region']}“.")
        if not options["ja"]:
            raise CommandError(
                f"Die Region „{region.name}“ wird mit allen Inhalten gelöscht. Zum Bestätigen "
                f"`delete_region {region.slug} --ja` aufrufen."
            )
        try:
            deleted = delete_region(region)
        except LifecycleError as exc:
            raise CommandError(str(exc)) from None
        counts = ", ".join(f"{n} {k}" for k, n in deleted.counts.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Region „{deleted.name}“ gelöscht. Sicherung ({counts}): {deleted.archive}"
            )
        )
