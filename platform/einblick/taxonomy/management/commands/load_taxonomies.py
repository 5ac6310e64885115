"""Load the shared taxonomies from the versioned data files (idempotent)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from einblick.taxonomy.loader import DATA_DIR, TaxonomyDataError, load_taxonomies


class Command(BaseCommand):
    help = (
        "Lädt die gemeinsamen Taxonomien (Angebotsarten, Berufsfelder, Berufe, Vorteile, "
        "Zielgruppen, Schulstufen) aus den Datendateien; mehrfach ausführbar, meldet Änderungen."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data-dir", default=str(DATA_DIR), help="Ordner mit *.json")

    def handle(self, *args, **options):
        try:
            report = load_taxonomies(Path(options["data_dir"]))
        except TaxonomyDataError as exc:
            raise CommandError(f"Taxonomien nicht geladen (nichts geändert): {exc}") from None
        for line in report.lines():
            self.stdout.write(line)
        if report.changed:
            self.stdout.write(self.style.SUCCESS("Taxonomien aktualisiert."))
        else:
            self.stdout.write("Taxonomien sind aktuell – keine Änderungen.")
