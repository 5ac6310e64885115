"""Create the starter page tree of a region (only pages that are still missing)."""

from django.core.management.base import BaseCommand, CommandError

from tenants.models import Region
from tenants.utils import in_region


class Command(BaseCommand):
    help = (
        "Legt die Startseiten einer Region an (Zielgruppen-Seiten, Aktuelles, Impressum, "
        "Datenschutz, Barrierefreiheit). Vorhandene Seiten bleiben unverändert."
    )

    def add_arguments(self, parser):
        parser.add_argument("region", help="Kürzel der Region, z. B. jena")
        parser.add_argument("--operator", default="", help="Betreiber für Impressum/Datenschutz")
        parser.add_argument("--email", default="", help="Kontakt-E-Mail für die Rechtstexte")

    def handle(self, *args, region, operator, email, **options):
        from einblick.pages.starter import build_starter_pages

        obj = Region.objects.filter(slug=region).exclude(schema_name="public").first()
        if obj is None:
            known = ", ".join(
                Region.objects.exclude(schema_name="public").values_list("slug", flat=True)
            )
            raise CommandError(f"Region „{region}“ gibt es nicht. Vorhanden: {known or 'keine'}.")
        with in_region(obj):
            pages = build_starter_pages(
                region_name=obj.name, operator=operator, contact_email=email
            )
        self.stdout.write(f"{obj.name}: {len(pages)} Seiten vorhanden: " + ", ".join(sorted(pages)))
