"""Employer rows: convert, match (external id, else name + postcode), create or update."""

from einblick.employers.models import Employer, EmployerContact
from einblick.taxonomy.models import Benefit, Occupation, OccupationalField

from .base import Converted, RowImporter
from .lookup import BRANCHE_KEYWORDS, TaxonomyLookup
from .mapping import normalise
from .values import (
    SIZE_WORDS,
    parse_coordinate,
    parse_int,
    parse_postcode,
    parse_url,
    size_class_from_employees,
    text_to_html,
)

TEXT_FIELDS = ("name", "street", "city", "phone", "pitch", "email")
M2M_FIELDS = {"occupational_fields": "Berufsfeld", "occupations": "Beruf", "benefits": "Vorteil"}


def name_key(name: str, postcode: str) -> str:
    """Fallback identity without an id column: normalised name + postcode."""
    return f"{normalise(name)}|{postcode}"


class EmployerImporter(RowImporter):
    kind = "employers"
    model = Employer
    name_field = "name"
    required = ("name",)

    def __init__(self, report, headers, mapping, *, publish: bool = True):
        super().__init__(report, headers, publish=publish)
        self.lookups = {
            "occupational_fields": TaxonomyLookup(
                OccupationalField.objects.active(), mapping.lookups, BRANCHE_KEYWORDS
            ),
            "occupations": TaxonomyLookup(Occupation.objects.active()),
            "benefits": TaxonomyLookup(Benefit.objects.active()),
        }
        for employer in Employer.objects.prefetch_related("contacts", *M2M_FIELDS):
            self.remember(employer)

    def fallback_key(self, fields: dict) -> str:
        return name_key(fields["name"], fields.get("postcode", ""))

    def record_key(self, employer) -> str:
        return name_key(employer.name, employer.postcode)

    # --- conversion ---------------------------------------------------------------------
    def convert(self, row: int, cells: dict) -> Converted | None:
        ok = self.check_required(row, cells)
        fields = {k: cells[k].strip() for k in TEXT_FIELDS if cells.get(k)}
        if cells.get("external_id"):
            fields["external_id"] = cells["external_id"].strip()
        if "email" in fields:
            fields["email"] = fields["email"].lower()
        if cells.get("postcode"):
            parsed = self.parse(row, cells, "postcode", parse_postcode)
            ok &= parsed is not None
            if parsed:
                fields["postcode"], note = parsed
                if note:
                    self.note(row, "postcode", cells["postcode"], note)
        for target in ("website", "video_url"):
            if cells.get(target):
                fields[target] = parse_url(cells[target])
        if cells.get("philosophy"):
            fields["philosophy"] = text_to_html(cells["philosophy"])
        ok &= self._size(row, cells, fields)
        for target, (low, high) in {"latitude": (47.2, 55.1), "longitude": (5.8, 15.1)}.items():
            if cells.get(target):
                fields[target] = self.parse(row, cells, target, parse_coordinate, low, high)
                ok &= fields[target] is not None
        m2m = {}
        for target, label in M2M_FIELDS.items():
            if cells.get(target):
                entries, unknown = self.lookups[target].find(cells[target])
                m2m[target] = entries
                for part in unknown:
                    self.note(
                        row,
                        target,
                        part,
                        f"{label} nicht erkannt – nicht zugeordnet.",
                        "Im CMS nachtragen oder in der Zuordnungsdatei unter [branchen] "
                        "dem passenden Kürzel zuordnen.",
                    )
        contact = None
        if cells.get("contact_name"):
            contact = {
                "name": cells["contact_name"].strip(),
                "role": cells.get("contact_role", "").strip(),
                "email": (cells.get("contact_email") or "").strip().lower(),
                "phone": (cells.get("contact_phone") or "").strip(),
            }
        if ok:
            probe = Employer(**{k: v for k, v in fields.items()})
            ok = self.validate_model(row, probe, exclude=["slug", "logo"])
            if contact and ok:
                ok = self.validate_model(row, EmployerContact(**contact), exclude=["employer"])
        return Converted(row, fields, m2m, contact) if ok else None

    def _size(self, row, cells, fields) -> bool:
        if cells.get("size_class"):
            size = SIZE_WORDS.get(normalise(cells["size_class"]))
            if size is None:
                self.error(
                    row,
                    "size_class",
                    cells["size_class"],
                    "Unbekannte Größenklasse.",
                    "micro, small, medium oder large eintragen – oder die Zahl der "
                    "Beschäftigten in einer Spalte „Mitarbeitende“.",
                )
                return False
            fields["size_class"] = size
        elif cells.get("employees"):
            count = self.parse(row, cells, "employees", parse_int, 1, 1_000_000)
            if count is None:
                return False
            fields["size_class"] = size_class_from_employees(count)
        return True

    # --- writing ------------------------------------------------------------------------
    def children(self, employer, conv: Converted) -> list:
        if not conv.contact:
            return []
        return [EmployerContact(employer=employer, sort_order=0, **conv.contact)]

    def apply_changes(self, employer, conv: Converted) -> list[str]:
        changed = super().apply_changes(employer, conv)
        known = {normalise(c.name) for c in employer.contacts.all()}
        if conv.contact and normalise(conv.contact["name"]) not in known:
            employer.contacts.add(EmployerContact(**conv.contact))
            changed.append("contacts")
        return changed
