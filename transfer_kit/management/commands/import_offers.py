"""Import offers into a region from CSV, XLSX or JSON."""

from transfer_kit.importing.command import ImportCommand


class Command(ImportCommand):
    kind = "offers"
    help = (
        "Importiert Angebote in eine Region (CSV/XLSX/JSON); der Arbeitgeber wird über seine "
        "externe ID oder seinen Namen gefunden, Titel müssen geschlechtergerecht sein. "
        "Beispiel: import_offers --region jena angebote.xlsx"
    )
