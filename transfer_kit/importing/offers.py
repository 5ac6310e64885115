"""Offer rows: title must be gender-inclusive; employer by external id or name."""

from django.core.exceptions import ValidationError
from django.utils import timezone

from einblick.employers.models import Employer
from einblick.offers.inclusive import validate_inclusive_title
from einblick.offers.models import SEASONS, Offer
from einblick.taxonomy.models import (
    Occupation,
    OccupationalField,
    OfferType,
    SchoolLevel,
    TargetGroup,
)
from einblick.taxonomy.regional.visibility import visible

from .base import Converted, RowImporter
from .lookup import BRANCHE_KEYWORDS, TaxonomyLookup
from .mapping import normalise
from .values import (
    is_unknown_word,
    parse_amount,
    parse_count,
    parse_date,
    parse_int,
    parse_postcode,
    parse_url,
    text_to_html,
)

TEXT_FIELDS = (
    "title",
    "hours",
    "tasks",
    "people",
    "how_to_apply",
    "contact_name",
    "street",
    "city",
)
SEASON_KEYS = {normalise(label): value for value, label in SEASONS if value} | {
    normalise(value): value for value, _ in SEASONS if value
}
PAY_KINDS = {
    "paid": "paid", "bezahlt": "paid", "verguetet": "paid", "ja": "paid",
    "unpaid": "unpaid", "unbezahlt": "unpaid", "nein": "unpaid", "keine": "unpaid",
    "allowance": "allowance", "aufwandsentschaedigung": "allowance",
}  # fmt: skip
PAY_UNITS = {
    "hour": "hour", "stunde": "hour", "prostunde": "hour", "h": "hour",
    "month": "month", "monat": "month", "promonat": "month",
    "total": "total", "insgesamt": "total", "gesamt": "total", "pauschal": "total",
}  # fmt: skip
M2M = {
    "occupational_fields": (OccupationalField, "Berufsfeld"),
    "occupations": (Occupation, "Beruf"),
    "target_groups": (TargetGroup, "Zielgruppe"),
    "school_levels": (SchoolLevel, "Schulstufe"),
}


class OfferImporter(RowImporter):
    kind = "offers"
    model = Offer
    name_field = "title"
    required = ("title", "offer_type")

    def __init__(self, report, headers, mapping, *, publish: bool = True):
        super().__init__(report, headers, publish=publish)
        self.offer_types = TaxonomyLookup(visible(OfferType))
        self.lookups = {
            target: TaxonomyLookup(
                visible(model) if model is not SchoolLevel else model.objects.active(),
                mapping.lookups if target == "occupational_fields" else None,
                BRANCHE_KEYWORDS if target == "occupational_fields" else None,
            )
            for target, (model, _) in M2M.items()
        }
        self.employers_by_id, self.employers_by_name = {}, {}
        for employer in Employer.objects.all():
            if employer.external_id:
                self.employers_by_id[employer.external_id] = employer
            self.employers_by_name.setdefault(normalise(employer.name), []).append(employer)
        for offer in Offer.objects.prefetch_related(*M2M):
            self.remember(offer)

    def fallback_key(self, fields: dict) -> str:
        return f"{normalise(fields['title'])}|{fields['employer'].pk}"

    def record_key(self, offer) -> str:
        return f"{normalise(offer.title)}|{offer.employer_id}"

    # --- conversion ---------------------------------------------------------------------
    def convert(self, row: int, cells: dict) -> Converted | None:
        """Every problem of the row at once; None if any of them is an error."""
        if not self.start_row(row, cells):
            return None
        ok = self.check_required(row, cells)
        if not (cells.get("employer_external_id") or cells.get("employer")):
            self.error(
                row, "employer", "", "Kein Arbeitgeber angegeben.",
                "Externe ID des Arbeitgebers oder seinen Namen eintragen.",
            )  # fmt: skip
            ok = False
        fields = {k: cells[k].strip() for k in TEXT_FIELDS if cells.get(k)}
        if cells.get("external_id"):
            fields["external_id"] = cells["external_id"].strip()
        if cells.get("title"):
            try:
                validate_inclusive_title(fields["title"])
            except ValidationError as exc:
                self.error(row, "title", cells["title"], " ".join(exc.messages))
                ok = False
        ok &= self._employer(row, cells, fields)
        ok &= self._offer_type(row, cells, fields)
        ok &= self._period(row, cells, fields)
        self._pay(row, cells, fields)
        for target, (low, high) in {"min_age": (10, 30), "min_class": (1, 13)}.items():
            if cells.get(target):
                fields[target] = self.tolerant(row, cells, target, parse_int, low, high)
        if cells.get("places"):
            fields["places"] = self.tolerant(row, cells, "places", parse_count)
        if cells.get("postcode"):
            parsed = self.parse(row, cells, "postcode", parse_postcode)
            ok &= parsed is not None
            if parsed:
                fields["postcode"] = parsed[0]
        if cells.get("description"):
            fields["description"] = text_to_html(cells["description"])
        if cells.get("apply_email"):
            fields["apply_email"] = cells["apply_email"].strip().lower()
        if cells.get("apply_url"):
            fields["apply_url"] = parse_url(cells["apply_url"])
        m2m = self._m2m(row, cells)
        employer = fields.get("employer")
        fields["location_differs"] = bool(
            employer
            and any(
                fields.get(k) and fields[k] != getattr(employer, k)
                for k in ("street", "postcode", "city")
            )
        )
        probe = Offer(**fields)
        ok &= self.validate_model(row, probe, ["slug", "offer_type", "employer", "title"], cells)
        return Converted(row, fields, m2m) if ok else None

    def _employer(self, row, cells, fields) -> bool:
        if cells.get("employer_external_id"):
            employer = self.employers_by_id.get(cells["employer_external_id"].strip())
            if employer is None:
                self.error(
                    row, "employer_external_id", cells["employer_external_id"],
                    "Kein Arbeitgeber mit dieser externen ID in dieser Region.",
                    "Erst die Arbeitgeber importieren (import_employers) oder die ID prüfen.",
                )  # fmt: skip
                return False
        elif cells.get("employer"):
            matches = self.employers_by_name.get(normalise(cells["employer"]), [])
            if len(matches) != 1:
                problem = (
                    "Kein Arbeitgeber mit diesem Namen in dieser Region."
                    if not matches
                    else f"Der Name passt auf {len(matches)} Arbeitgeber."
                )
                self.error(
                    row, "employer", cells["employer"], problem,
                    "Namen wie im Arbeitgeberprofil schreiben oder eine Spalte mit der "
                    "externen ID des Arbeitgebers verwenden.",
                )  # fmt: skip
                return False
            employer = matches[0]
        else:
            return False
        fields["employer"] = employer
        return True

    def _offer_type(self, row, cells, fields) -> bool:
        if not cells.get("offer_type"):
            return False
        entries, unknown = self.offer_types.find(cells["offer_type"])
        if len(entries) != 1 or unknown:
            self.error(
                row, "offer_type", cells["offer_type"], "Unbekannte Angebotsart.",
                "Eine Angebotsart eintragen, z. B. "
                + ", ".join(e.name for e in list(self.offer_types.entries.values())[:6]) + ".",
            )  # fmt: skip
            return False
        fields["offer_type"] = entries[0]
        return True

    def _period(self, row, cells, fields) -> bool:
        ok = True
        for target in ("start_date", "end_date"):
            if cells.get(target):
                fields[target] = self.parse(row, cells, target, parse_date)
                ok &= fields[target] is not None
        end = fields.get("end_date")
        if end and end < timezone.localdate():
            self.note(
                row, "end_date", cells["end_date"],
                "Das Angebot ist bereits beendet – es wird als abgelaufen gespeichert und "
                "nicht öffentlich angezeigt.",
                "Nichts zu tun; für eine neue Runde Beginn und Ende aktualisieren.",
            )  # fmt: skip
        if cells.get("season"):
            season = SEASON_KEYS.get(normalise(cells["season"]))
            if season is None:
                self.note(row, "season", cells["season"],
                          "Unbekannte Ferienzeit – das Feld bleibt leer.")  # fmt: skip
            else:
                fields["season"] = season
        fields["period_kind"] = (
            "dates"
            if fields.get("start_date")
            else "season"
            if fields.get("season")
            else "on_request"
        )
        return ok

    def _pay(self, row, cells, fields) -> None:
        """Pay words and amounts as people write them; what cannot be read becomes a note."""
        for target, table, allowed in (
            ("pay_kind", PAY_KINDS, "bezahlt, unbezahlt oder Aufwandsentschädigung"),
            ("pay_unit", PAY_UNITS, "pro Stunde, pro Monat oder insgesamt"),
        ):
            if cells.get(target):
                value = table.get(normalise(cells[target]))
                if value is None:
                    self.note(
                        row, target, cells[target], "Nicht erkannt – das Feld bleibt leer.",
                        f"{allowed} eintragen.",
                    )  # fmt: skip
                else:
                    fields[target] = value
        if cells.get("pay_amount"):
            amount, unit = self.tolerant(row, cells, "pay_amount", parse_amount) or (None, "")
            fields["pay_amount"] = amount
            if amount is not None or is_unknown_word(cells["pay_amount"]):
                fields.setdefault("pay_kind", "paid")
                if unit:
                    fields.setdefault("pay_unit", unit)

    def _m2m(self, row, cells) -> dict:
        m2m = {}
        for target, (_, label) in M2M.items():
            if cells.get(target):
                entries, unknown = self.lookups[target].find(cells[target])
                m2m[target] = entries
                for part in unknown:
                    self.note(row, target, part, f"{label} nicht erkannt – nicht zugeordnet.",
                              "Kürzel oder Namen aus dem Plattform-Admin verwenden.")  # fmt: skip
        return m2m
