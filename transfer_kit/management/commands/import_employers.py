"""Import employers into a region from CSV, XLSX or JSON."""

from transfer_kit.importing.command import ImportCommand


class Command(ImportCommand):
    kind = "employers"
    help = (
        "Importiert Arbeitgeber in eine Region (CSV/XLSX/JSON). Erneute Importe aktualisieren "
        "statt zu verdoppeln (Schlüssel: externe ID, sonst Name + PLZ). Beispiel: "
        "import_employers --region jena --preset crm firmen.csv"
    )
