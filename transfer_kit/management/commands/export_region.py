"""Export a region into a bundle (directory or .zip)."""

import time

from django.core.management.base import BaseCommand, CommandError

from tenants.models import Region
from transfer_kit.bundle.export import export_region


class Command(BaseCommand):
    help = (
        "Exportiert eine Region als Bundle (Inhalte als JSON + Mediendateien) – zum Umzug, "
        "als Sicherung oder für eine eigene Installation. Beispiel: export_region jena jena.zip"
    )

    def add_arguments(self, parser):
        parser.add_argument("region", help="Kürzel der Region, z. B. „jena“")
        parser.add_argument("out", help="Zielverzeichnis (leer oder neu) oder Datei *.zip")

    def handle(self, *args, **options):
        region = Region.objects.filter(slug=options["region"]).exclude(schema_name="public").first()
        if region is None:
            raise CommandError(f"Unbekannte Region „{options['region']}“.")
        started = time.perf_counter()
        try:
            manifest = export_region(region, options["out"])
        except FileExistsError as exc:
            raise CommandError(str(exc)) from None
        counts = ", ".join(f"{n} {k}" for k, n in manifest["counts"].items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Region „{region.name}“ exportiert nach {options['out']} ({counts}) "
                f"in {time.perf_counter() - started:.1f} s."
            )
        )
