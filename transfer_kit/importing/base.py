"""Shared parts of the employer and offer importers: converted rows, field errors."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from .report import NOTE, ImportReport

# Field → how to fix a rejected value (German), shown in the report.
FIXES = {
    "name": "Namen eintragen.",
    "title": "Titel eintragen; geschlechtergerecht, z. B. „Praktikum Mechatronik“ oder „(m/w/d)“.",
    "email": "E-Mail-Adresse prüfen: genau ein @, Domain mit Punkt, keine Leerzeichen.",
    "apply_email": "E-Mail-Adresse prüfen: genau ein @, Domain mit Punkt, keine Leerzeichen.",
    "contact_email": "E-Mail-Adresse prüfen: genau ein @, Domain mit Punkt, keine Leerzeichen.",
    "website": "Vollständige Adresse eintragen, z. B. https://www.firma.de.",
    "apply_url": "Vollständige Adresse eintragen, z. B. https://www.firma.de/bewerbung.",
    "video_url": "Vollständige Adresse eintragen, z. B. https://video.example/123.",
    "postcode": "Fünfstellige PLZ eintragen, z. B. 07545.",
    "pitch": "Auf höchstens 300 Zeichen kürzen oder die Spalte als „philosophy“ zuordnen.",
}


@dataclass
class Converted:
    """One spreadsheet row converted to model values."""

    row: int
    fields: dict
    m2m: dict = field(default_factory=dict)
    contact: dict | None = None


class RowImporter:
    """Base: converts cells, records problems with the user's column names."""

    kind = ""
    required: tuple[str, ...] = ()

    def __init__(self, report: ImportReport, headers: dict[str, str]):
        self.report = report
        self.headers = headers  # target field → column header in the user's file

    def column(self, target: str) -> str:
        return self.headers.get(target, target)

    def error(self, row: int, target: str, value, problem: str, fix: str = "") -> None:
        self.report.add(row, self.column(target), value, problem, fix or FIXES.get(target, ""))

    def note(self, row: int, target: str, value, problem: str, fix: str = "") -> None:
        self.report.add(row, self.column(target), value, problem, fix, severity=NOTE)

    def parse(self, row: int, cells: dict, target: str, parser, *args):
        """Run `parser` on a non-empty cell; on ValueError record an error and return None."""
        try:
            return parser(cells[target], *args)
        except ValueError as exc:
            self.error(row, target, cells[target], str(exc))
            return None

    def check_required(self, row: int, cells: dict) -> bool:
        ok = True
        for target in self.required:
            if not cells.get(target):
                self.error(row, target, "", "Pflichtfeld ist leer.")
                ok = False
        return ok

    def validate_model(self, row: int, instance, exclude: list[str]) -> bool:
        """Django field validation (formats, lengths, choices, clean()) without queries."""
        try:
            instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                target = name if name != "__all__" else ""
                value = getattr(instance, name, "") if target else ""
                self.error(row, target, value, " ".join(messages))
            return False
        return True
