"""Import a region's occupational outlook (Berufsprognosen) from CSV or XLSX."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from einblick.outlook.rows import COLUMNS, check_rows, missing_columns, save_figures
from tenants.models import Region
from transfer_kit.importing.reading import TableError, read_table

MAX_SHOWN = 30


class Command(BaseCommand):
    help = (
        "Importiert Berufsprognosen einer Region aus CSV oder XLSX (eine Zeile je Berufsgruppe "
        f"und Jahr; Spalten: {', '.join(COLUMNS)}). Alles oder nichts: bei einem Fehler wird "
        "nichts gespeichert. Beispiel: import_outlook --region jena prognose.xlsx"
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Importdatei (.csv oder .xlsx)")
        parser.add_argument("--region", required=True, help="Kürzel der Region, z. B. „jena“")
        parser.add_argument("--sheet", help="Tabellenblatt einer .xlsx-Datei (Standard: erstes)")
        parser.add_argument(
            "--dry-run", action="store_true", help="Probelauf: alles prüfen, nichts speichern"
        )

    def handle(self, *args, file, region, sheet=None, dry_run=False, **options):
        target = Region.objects.filter(slug=region).first()
        if target is None or target.is_public:
            known = ", ".join(
                Region.objects.exclude(schema_name="public").values_list("slug", flat=True)
            )
            raise CommandError(f"Unbekannte Region „{region}“. Vorhanden: {known}")
        if not str(file).lower().endswith((".csv", ".txt", ".xlsx")):
            raise CommandError("Bitte eine CSV- oder XLSX-Datei angeben.")
        try:
            table = read_table(file, sheet=sheet)
        except TableError as exc:
            raise CommandError(str(exc)) from None
        missing = missing_columns(table.headers)
        if missing:
            raise CommandError(
                f"Zeile {table.header_row}: Spalte{'n' if len(missing) > 1 else ''} "
                f"{', '.join(f'„{c}“' for c in missing)} fehl{'en' if len(missing) > 1 else 't'}."
            )
        connection.set_tenant(target)
        try:
            figures, problems = check_rows(table.rows)
            if problems:
                shown = "\n".join(f"  {p}" for p in problems[:MAX_SHOWN])
                more = len(problems) - MAX_SHOWN
                tail = f"\n  … und {more} weitere" if more > 0 else ""
                raise CommandError(
                    f"{len(problems)} Problem{'e' if len(problems) > 1 else ''} in {file} – "
                    f"es wurde nichts gespeichert:\n{shown}{tail}"
                )
            if dry_run:
                self.stdout.write(
                    f"Probelauf: {len(figures)} Zeilen in Ordnung, nichts gespeichert."
                )
                return
            created, updated = save_figures(figures)
        finally:
            connection.set_schema_to_public()
        self.stdout.write(
            self.style.SUCCESS(
                f"Berufsprognosen für {target.name}: {created} neu, {updated} aktualisiert "
                f"({table.describe()})."
            )
        )
