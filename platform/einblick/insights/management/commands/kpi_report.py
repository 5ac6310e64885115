"""Write the yearly success report of a region as a PDF."""

from django.core.management.base import BaseCommand, CommandError

from einblick.insights.report import build_report
from tenants.models import Region


class Command(BaseCommand):
    help = "Erfolgsbericht einer Region als PDF: kpi_report --region jena --year 2026 OUT.pdf"

    def add_arguments(self, parser):
        parser.add_argument("out", help="Zieldatei (PDF)")
        parser.add_argument("--region", required=True, help="Kürzel der Region, z. B. jena")
        parser.add_argument("--year", required=True, type=int, help="Kalenderjahr, z. B. 2026")

    def handle(self, *args, **options):
        region = Region.objects.exclude(schema_name="public").filter(slug=options["region"])
        if not region.exists():
            raise CommandError(f"Unbekannte Region „{options['region']}“.")
        if not 2000 <= options["year"] <= 2100:
            raise CommandError("Bitte ein Jahr zwischen 2000 und 2100 angeben.")
        report = build_report(region.get(), options["year"])
        with open(options["out"], "wb") as out:
            out.write(report.pdf)
        self.stdout.write(
            f"{options['out']}: {len(report.pdf)} Bytes, {len(report.charts)} Diagramme"
        )
