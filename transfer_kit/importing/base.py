"""Shared parts of the employer and offer importers: converted rows, field errors, matching
rows to existing records, creating and updating them."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify

from .mapping import FIELDS
from .report import NOTE, ImportReport

_EMAIL_FIX = "E-Mail-Adresse prüfen: genau ein @, Domain mit Punkt, keine Leerzeichen."
_DATE_FIX = "Datum als TT.MM.JJJJ eintragen, z. B. 15.07.2026 – oder die Zelle leer lassen."
_NUMBER_FIX = "Eine ganze Zahl eintragen, z. B. 3 – oder die Zelle leer lassen."
# Field → how to fix a rejected value (German), shown in the report's "So beheben".
FIXES = {
    "name": "Namen des Unternehmens eintragen.",
    "title": "Titel eintragen; geschlechtergerecht, z. B. „Praktikum Mechatronik“, "
    "„Bäcker:in“ oder „(m/w/d)“.",
    "email": _EMAIL_FIX,
    "apply_email": _EMAIL_FIX,
    "contact_email": _EMAIL_FIX,
    "website": "Vollständige Adresse eintragen, z. B. https://www.firma.de.",
    "apply_url": "Vollständige Adresse eintragen, z. B. https://www.firma.de/bewerbung.",
    "video_url": "Vollständige Adresse eintragen, z. B. https://video.example/123.",
    "postcode": "Fünfstellige PLZ eintragen, z. B. 07545.",
    "pitch": "Auf höchstens 300 Zeichen kürzen; längere Texte gehören in die ausführliche "
    "Beschreibung.",
    "start_date": _DATE_FIX,
    "end_date": _DATE_FIX + " Das Ende darf nicht vor dem Beginn liegen.",
    "places": _NUMBER_FIX,
    "min_age": "Alter als Zahl zwischen 10 und 30 eintragen, z. B. 14.",
    "min_class": "Klassenstufe als Zahl zwischen 1 und 13 eintragen, z. B. 8.",
    "pay_amount": "Betrag in Euro eintragen, z. B. 12,50 – oder die Zelle leer lassen.",
    "employees": "Zahl der Beschäftigten eintragen, z. B. 50, „10-49“ oder „250+“.",
    "latitude": "Breitengrad als Dezimalzahl eintragen, z. B. 50,8806.",
    "longitude": "Längengrad als Dezimalzahl eintragen, z. B. 12,0812.",
    "phone": "Telefonnummer mit Vorwahl eintragen, z. B. 03641 123456.",
    "contact_phone": "Telefonnummer mit Vorwahl eintragen, z. B. 03641 123456.",
    "season": "Winterferien, Osterferien, Sommerferien, Herbstferien oder ganzjährig eintragen.",
}
MAX_CELL = 20_000  # longer cells are runaway exports (a whole file pasted into one cell)
# Model fields whose errors belong to a cell the user filled in.
FIELD_CELLS = {"period_kind": "start_date", "location_differs": "city"}


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
    model = None
    name_field = ""  # new slugs and, without an id, the identity start from this field
    required: tuple[str, ...] = ()

    def __init__(self, report: ImportReport, headers: dict[str, str], *, publish: bool = True):
        self.report = report
        self.headers = headers  # target field → column header in the user's file
        self.publish = publish
        # Known records: by external id, by fallback identity (see `fallback_key`); slugs
        self.by_id, self.by_key, self.slugs = {}, {}, set()
        self.failed: set[str] = set()  # targets of the current row that had an error

    def fallback_key(self, fields: dict) -> str:
        """Identity of a converted row without an external id."""
        raise NotImplementedError

    def record_key(self, obj) -> str:
        """The same identity of a stored record."""
        raise NotImplementedError

    def column(self, target: str) -> str:
        """The column as the user named it; the German field label if the file lacks it."""
        if not target:
            return ""
        return self.headers.get(target) or FIELDS[self.kind].get(target, "").split(" (")[0]

    def fix_for(self, target: str) -> str:
        column = self.column(target)
        return FIXES.get(target) or (
            f"Wert in der Spalte „{column}“ korrigieren und erneut importieren."
            if column
            else "Zeile prüfen und erneut importieren."
        )

    def error(self, row: int, target: str, value, problem: str, fix: str = "") -> None:
        self.failed.add(target)
        self.report.add(row, self.column(target), value, problem, fix or self.fix_for(target))

    def note(self, row: int, target: str, value, problem: str, fix: str = "") -> None:
        self.report.add(row, self.column(target), value, problem, fix or "Nichts zu tun.", NOTE)

    def start_row(self, row: int, cells: dict) -> bool:
        """Begin converting a row: forget the last row's failures, refuse runaway cells."""
        self.failed = set()
        for target, text in cells.items():
            if len(text) > MAX_CELL:
                self.error(
                    row, target, text, f"Die Zelle ist {len(text):,} Zeichen lang (höchstens "
                    f"{MAX_CELL:,}).".replace(",", "."),
                    f"Inhalt der Spalte „{self.column(target)}“ prüfen: oft ist beim Export "
                    "ein Anführungszeichen verrutscht und der Rest der Datei steht in einer Zelle.",
                )  # fmt: skip
        return not self.failed

    def parse(self, row: int, cells: dict, target: str, parser, *args):
        """Run `parser` on a non-empty cell; on ValueError record an error and return None."""
        try:
            return parser(cells[target], *args)
        except ValueError as exc:
            self.error(row, target, cells[target], str(exc))
            return None

    def tolerant(self, row: int, cells: dict, target: str, parser, *args):
        """Like `parse`, but a value that cannot be read becomes empty plus a note: optional
        values never cost a row."""
        try:
            value = parser(cells[target], *args)
        except ValueError as exc:
            self.note(
                row, target, cells[target], f"{exc} Das Feld bleibt leer.", self.fix_for(target)
            )
            return None
        if isinstance(value, tuple):
            value, note = value
            if note:
                self.note(row, target, cells[target], note)
        return value

    def check_required(self, row: int, cells: dict) -> bool:
        ok = True
        for target in self.required:
            if not cells.get(target):
                self.error(row, target, "", "Pflichtfeld ist leer.")
                ok = False
        return ok

    def validate_model(self, row, instance, exclude: list[str], cells: dict, prefix="") -> bool:
        """Django field validation (formats, lengths, choices, clean()) without queries; the
        report shows the user's cell, not the converted value. Cells that already failed are
        not checked twice."""
        exclude = [*exclude, *(t.removeprefix(prefix) for t in self.failed if t.startswith(prefix))]
        try:
            instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                target = prefix + FIELD_CELLS.get(name, name) if name != "__all__" else ""
                value = cells.get(target, "") if target else ""
                self.error(row, target, value, " ".join(messages))
            return False
        return True

    # --- identity -----------------------------------------------------------------------
    def remember(self, obj) -> None:
        if obj.external_id:
            self.by_id[obj.external_id] = obj
        self.by_key.setdefault(self.record_key(obj), obj)
        self.slugs.add(obj.slug)

    def key(self, conv: Converted) -> tuple[str, str]:
        if conv.fields.get("external_id"):
            return ("id", conv.fields["external_id"])
        return (self.name_field, self.fallback_key(conv.fields))

    def key_column(self, key) -> str:
        return self.column("external_id") if key[0] == "id" else self.column(self.name_field)

    def existing(self, conv: Converted):
        kind, value = self.key(conv)
        if kind == "id" and value in self.by_id:
            return self.by_id[value]
        found = self.by_key.get(self.fallback_key(conv.fields))
        # A record imported earlier without id gets the id now; never steal another's id.
        if found and (kind != "id" or not found.external_id):
            return found
        return None

    # --- writing ------------------------------------------------------------------------
    def build(self, conv: Converted):
        """A new record, published unless the import makes drafts."""
        now = timezone.now()
        slug = unique_slug(conv.fields[self.name_field], self.slugs)
        obj = self.model(**conv.fields, slug=slug)
        obj.live = self.publish
        obj.has_unpublished_changes = not self.publish
        if self.publish:
            obj.first_published_at = obj.last_published_at = now
        return obj

    def children(self, obj, conv: Converted) -> list:
        return []

    def new_children(self, obj) -> list:
        """Child rows `apply_changes` added to `obj` in memory, ready to insert."""
        return []

    def apply_changes(self, obj, conv: Converted) -> list[str]:
        """Set the fields and relations that differ; returns their names. Foreign keys are
        compared by id: reading `obj.employer` would cost a query per row."""
        changed = [k for k, v in conv.fields.items() if _current(obj, k) != _comparable(v)]
        for name in changed:
            setattr(obj, name, conv.fields[name])
        for target, entries in conv.m2m.items():
            if {e.pk for e in getattr(obj, target).all()} != {e.pk for e in entries}:
                setattr(obj, target, entries)
                changed.append(target)
        return changed


def _current(obj, name: str):
    field = obj._meta.get_field(name)
    return getattr(obj, field.attname if field.many_to_one else name)


def _comparable(value):
    return value.pk if hasattr(value, "_meta") else value


def unique_slug(name: str, taken: set[str]) -> str:
    base = slugify(name)[:110] or "arbeitgeber"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug
