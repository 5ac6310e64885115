"""Load a region bundle as a new region of this installation."""

import time

from django.core.management.base import BaseCommand, CommandError

from tenants.provisioning import RegionInputError
from tenants.utils import region_url
from transfer_kit.bundle.load import BundleError, import_region


class Command(BaseCommand):
    help = (
        "Lädt ein Regions-Bundle (aus export_region) als neue Region – alles oder nichts. "
        "Beispiel: import_region jena.zip --slug jena --domain arbeitgeber-jena.de"
    )

    def add_arguments(self, parser):
        parser.add_argument("bundle", help="Bundle-Verzeichnis oder .zip-Datei")
        parser.add_argument("--slug", required=True, help="Kürzel der neuen Region")
        parser.add_argument(
            "--domain", action="append", required=True, help="Hostname (mehrfach möglich)"
        )
        parser.add_argument("--name", default="", help="Anzeigename (Standard: aus dem Bundle)")

    def handle(self, *args, **options):
        started = time.perf_counter()
        try:
            region = import_region(
                options["bundle"],
                slug=options["slug"],
                domains=options["domain"],
                name=options["name"],
                write=self.stdout.write,
            )
        except RegionInputError as exc:
            raise CommandError(exc.report()) from None
        except BundleError as exc:
            raise CommandError(f"Bundle nicht geladen, nichts angelegt: {exc}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Region „{region.name}“ geladen: {region_url(region.primary_host())} "
                f"in {time.perf_counter() - started:.1f} s."
            )
        )
