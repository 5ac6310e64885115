"""Create a region: schema cloned from the template, primary domain, Wagtail Site."""

import time

from django.core.management.base import BaseCommand, CommandError

from tenants.provisioning import RegionInputError, RegionSpec, create_region
from tenants.utils import region_url


class Command(BaseCommand):
    help = (
        "Legt eine neue Region an (Schema aus der Vorlage geklont, Domain, Wagtail-Site). "
        "Beispiel: create_region --name Weimar --slug weimar --domain weimar.localhost"
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Anzeigename, z. B. „Weimar“")
        parser.add_argument("--slug", required=True, help="Kürzel/Schema, z. B. „weimar“")
        parser.add_argument(
            "--domain",
            action="append",
            required=True,
            help="Hostname; mehrfach möglich, der erste ist die Hauptdomain",
        )
        parser.add_argument("--state", default="TH", help="Bundesland-Kürzel (Standard: TH)")
        parser.add_argument("--regional-key", default="", help="Amtlicher Regionalschlüssel")

    def handle(self, *args, **options):
        spec = RegionSpec(
            name=options["name"],
            slug=options["slug"],
            domains=options["domain"],
            state=options["state"],
            regional_key=options["regional_key"],
        )
        started = time.perf_counter()
        try:
            region = create_region(spec, verbosity=max(0, options["verbosity"] - 1))
        except RegionInputError as exc:
            raise CommandError(exc.report()) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Region „{region.name}“ angelegt (Schema {region.schema_name}, "
                f"{region_url(region.primary_host())}) in {time.perf_counter() - started:.1f} s."
            )
        )
