"""Employer rows: convert, match (external id, else name + postcode), create or update."""

from einblick.employers.models import Employer, EmployerContact
from einblick.taxonomy.models import Benefit, Occupation, OccupationalField

from .base import Converted, RowImporter
from .lookup import BRANCHE_KEYWORDS, TaxonomyLookup
from .mapping import normalise
from .values import (
    SIZE_WORDS,
    is_unknown_word,
    parse_coordinate,
    parse_count,
    parse_phone,
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
        """Every problem of the row at once; None if any of them is an error."""
        if not self.start_row(row, cells):
            return None
        ok = self.check_required(row, cells)
        fields = {k: cells[k].strip() for k in TEXT_FIELDS if cells.get(k)}
        if cells.get("phone"):
            fields["phone"] = self.tolerant(row, cells, "phone", parse_phone) or ""
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
        self._size(row, cells, fields)
        for target, (low, high) in {"latitude": (47.2, 55.1), "longitude": (5.8, 15.1)}.items():
            if cells.get(target):
                fields[target] = self.tolerant(row, cells, target, parse_coordinate, low, high)
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
            phone = cells.get("contact_phone") or ""
            contact = {
                "name": cells["contact_name"].strip(),
                "role": cells.get("contact_role", "").strip(),
                "email": (cells.get("contact_email") or "").strip().lower(),
                "phone": phone and (self.tolerant(row, cells, "contact_phone", parse_phone) or ""),
            }
        probe = Employer(**{k: v for k, v in fields.items()})
        ok &= self.validate_model(row, probe, ["slug", "logo"], cells)
        if contact:
            probe = EmployerContact(**contact)
            ok &= self.validate_model(row, probe, ["employer"], cells, prefix="contact_")
        return Converted(row, fields, m2m, contact) if ok else None

    def _size(self, row, cells, fields) -> None:
        """Size words, head counts and ranges become a size class; anything else a note."""
        if cells.get("size_class"):
            size = SIZE_WORDS.get(normalise(cells["size_class"]))
            if size is not None:
                fields["size_class"] = size
                return
            if not cells.get("employees"):
                try:
                    count, _ = parse_count(cells["size_class"])
                except ValueError:
                    count = None
                if count is None:
                    self.note(
                        row, "size_class", cells["size_class"],
                        "Größenklasse nicht erkannt – das Feld bleibt leer.",
                        "micro, small, medium, large oder eine Zahl wie „10-49“ eintragen.",
                    )  # fmt: skip
                else:
                    fields["size_class"] = size_class_from_employees(count)
                return
        if cells.get("employees"):
            count = self.tolerant(row, cells, "employees", lambda text: parse_count(text)[0])
            if count is not None:
                fields["size_class"] = size_class_from_employees(count)
            elif is_unknown_word(cells["employees"]):
                self.note(row, "employees", cells["employees"], "Keine Angabe – Größe bleibt beim "
                          "Standard „klein“.", "Bei Bedarf im CMS anpassen.")  # fmt: skip

    # --- writing ------------------------------------------------------------------------
    def children(self, employer, conv: Converted) -> list:
        if not conv.contact:
            return []
        return [EmployerContact(employer=employer, sort_order=0, **conv.contact)]

    def new_children(self, employer) -> list:
        contacts = list(employer.contacts.all())
        for position, contact in enumerate(contacts):
            contact.employer_id, contact.sort_order = employer.pk, position
        return [contact for contact in contacts if contact.pk is None]

    def apply_changes(self, employer, conv: Converted) -> list[str]:
        changed = super().apply_changes(employer, conv)
        known = {normalise(c.name) for c in employer.contacts.all()}
        if conv.contact and normalise(conv.contact["name"]) not in known:
            employer.contacts.add(EmployerContact(**conv.contact))
            changed.append("contacts")
        return changed
