"""Shared implementation of `import_employers` and `import_offers`."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from tenants.models import Region
from transfer_kit.problems import format_problems

from .mapping import PRESETS, build_mapping
from .runner import ImportAborted, run_import

KIND_LABELS = {"employers": "Arbeitgeber", "offers": "Angebote"}


class ImportCommand(BaseCommand):
    kind = ""

    def add_arguments(self, parser):
        parser.add_argument("file", help="Importdatei (.csv, .xlsx oder .json)")
        parser.add_argument("--region", required=True, help="Kürzel der Region, z. B. „jena“")
        parser.add_argument(
            "--preset",
            default="generic",
            choices=sorted(PRESETS[self.kind]),
            help="Spaltenvorlage: generic (Feldnamen) oder crm (Firma, PLZ, Ort, Branche, …)",
        )
        parser.add_argument("--mapping", help="Eigene Spalten-Zuordnung (.toml)")
        parser.add_argument("--sheet", help="Tabellenblatt einer .xlsx-Datei (Standard: erstes)")
        parser.add_argument(
            "--dry-run", action="store_true", help="Probelauf: alles prüfen, nichts speichern"
        )
        parser.add_argument(
            "--atomic",
            action="store_true",
            help="Alles oder nichts: bei einer fehlerhaften Zeile wird nichts gespeichert",
        )
        parser.add_argument(
            "--draft", action="store_true", help="Neue Einträge als Entwurf (nicht veröffentlicht)"
        )
        parser.add_argument(
            "--report", help="Pfad des Fehlerberichts (Standard: neben der Datei, .bericht.csv)"
        )

    def handle(self, *args, **options):
        region = Region.objects.filter(slug=options["region"]).first()
        if region is None or region.is_public:
            known = ", ".join(
                Region.objects.exclude(schema_name="public").values_list("slug", flat=True)
            )
            raise CommandError(f"Unbekannte Region „{options['region']}“. Vorhanden: {known}")
        mapping, problems = build_mapping(self.kind, options["preset"], options["mapping"])
        if problems:
            raise CommandError(format_problems(problems, options["mapping"]))
        connection.set_tenant(region)
        try:
            report = run_import(
                self.kind,
                options["file"],
                mapping,
                dry_run=options["dry_run"],
                atomic=options["atomic"],
                publish=not options["draft"],
                progress=options["verbosity"] > 0,
                report_path=options["report"],
                sheet=options["sheet"],
            )
        except ImportAborted as exc:
            raise CommandError(
                f"Import abgebrochen, nichts gespeichert:\n{exc.report.format()}\n"
                f"Bericht: {exc.report.report_path}"
            ) from None
        finally:
            connection.set_schema_to_public()
        label = KIND_LABELS[self.kind]
        self.stdout.write(f"{label} aus {options['file']} ({report.table}) → Region {region.name}")
        if report.problems:
            self.stdout.write(report.format(limit=20))
            self.stdout.write(
                f"Bericht mit allen {len(report.problems)} Einträgen: {report.report_path}"
            )
        style = self.style.WARNING if report.errors else self.style.SUCCESS
        self.stdout.write(style(report.summary()))
        if report.run_id:
            self.stdout.write(
                f"Import-Lauf {report.run_id}; rückgängig machen mit: "
                f"manage.py undo_import --region {region.slug} {report.run_id}"
            )
        if report.rolled_back:
            raise CommandError("Mit --atomic: wegen fehlerhafter Zeilen wurde nichts gespeichert.")
