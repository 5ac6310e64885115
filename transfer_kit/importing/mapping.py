"""Which spreadsheet column feeds which field: presets plus an optional user mapping (TOML).

Headers are compared normalised (case, umlauts, spaces, punctuation ignored), so „E-Mail“,
„e-mail“ and „EMail“ are the same column.
"""

import difflib
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from transfer_kit.problems import Problem

EMPLOYER_FIELDS = {
    "external_id": "Externe ID (Schlüssel für erneute Importe)",
    "name": "Name des Unternehmens",
    "street": "Straße und Hausnummer",
    "postcode": "PLZ",
    "city": "Ort",
    "website": "Webseite",
    "email": "E-Mail",
    "phone": "Telefon",
    "pitch": "Kurzbeschreibung (höchstens 300 Zeichen)",
    "philosophy": "Ausführliche Beschreibung",
    "size_class": "Größenklasse (micro, small, medium, large)",
    "employees": "Zahl der Beschäftigten (ergibt die Größenklasse)",
    "occupational_fields": "Berufsfelder/Branche",
    "occupations": "Ausbildungsberufe",
    "benefits": "Vorteile",
    "latitude": "Breitengrad",
    "longitude": "Längengrad",
    "contact_name": "Ansprechperson",
    "contact_role": "Funktion der Ansprechperson",
    "contact_email": "E-Mail der Ansprechperson",
    "contact_phone": "Telefon der Ansprechperson",
    "video_url": "Video-Adresse",
}
OFFER_FIELDS = {
    "external_id": "Externe ID (Schlüssel für erneute Importe)",
    "title": "Titel",
    "offer_type": "Angebotsart (Kürzel oder Name)",
    "employer_external_id": "Externe ID des Arbeitgebers",
    "employer": "Name des Arbeitgebers",
    "description": "Beschreibung",
    "tasks": "Was du machst",
    "people": "Wen du triffst",
    "how_to_apply": "So bewirbst du dich",
    "occupational_fields": "Berufsfelder",
    "occupations": "Ausbildungsberufe",
    "target_groups": "Zielgruppen",
    "school_levels": "Schulstufen",
    "min_age": "Mindestalter",
    "min_class": "ab Klasse",
    "start_date": "Beginn (TT.MM.JJJJ)",
    "end_date": "Ende (TT.MM.JJJJ)",
    "season": "Ferienzeit",
    "places": "Plätze",
    "pay_kind": "Vergütung (paid, unpaid, allowance)",
    "pay_amount": "Betrag",
    "pay_unit": "Einheit (hour, month, total)",
    "hours": "Arbeitszeit",
    "street": "Straße (falls abweichend)",
    "postcode": "PLZ (falls abweichend)",
    "city": "Ort (falls abweichend)",
    "apply_email": "Bewerbungs-E-Mail",
    "apply_url": "Bewerbungs-Link",
    "contact_name": "Ansprechperson",
}
FIELDS = {"employers": EMPLOYER_FIELDS, "offers": OFFER_FIELDS}

_EMPLOYER_GENERIC = {
    "id": "external_id",
    "externeid": "external_id",
    "nr": "external_id",
    "firma": "name",
    "unternehmen": "name",
    "arbeitgeber": "name",
    "firmenname": "name",
    "strasse": "street",
    "adresse": "street",
    "anschrift": "street",
    "plz": "postcode",
    "zip": "postcode",
    "postleitzahl": "postcode",
    "ort": "city",
    "stadt": "city",
    "town": "city",
    "webseite": "website",
    "homepage": "website",
    "internet": "website",
    "url": "website",
    "mail": "email",
    "emailadresse": "email",
    "telefon": "phone",
    "tel": "phone",
    "telefonnummer": "phone",
    "kurzbeschreibung": "pitch",
    "beschreibung": "philosophy",
    "mitarbeitende": "employees",
    "beschaeftigte": "employees",
    "mitarbeiter": "employees",
    "groesse": "size_class",
    "berufsfelder": "occupational_fields",
    "berufsfeld": "occupational_fields",
    "branche": "occupational_fields",
    "ausbildungsberufe": "occupations",
    "benefits": "benefits",
    "vorteile": "benefits",
    "lat": "latitude",
    "breitengrad": "latitude",
    "lon": "longitude",
    "lng": "longitude",
    "laengengrad": "longitude",
    "ansprechperson": "contact_name",
    "kontakt": "contact_name",
}
_EMPLOYER_CRM = {
    **_EMPLOYER_GENERIC,
    "kundennummer": "external_id",
    "kdnr": "external_id",
    "kundennr": "external_id",
    "crmid": "external_id",
    "firmenid": "external_id",
    "debitorennummer": "external_id",
    "ansprechpartner": "contact_name",
    "ansprechpartnerin": "contact_name",
    "position": "contact_role",
    "funktion": "contact_role",
    "mitarbeiterzahl": "employees",
    "anzahlmitarbeiter": "employees",
}
_OFFER_GENERIC = {
    "id": "external_id",
    "externeid": "external_id",
    "angebotsid": "external_id",
    "titel": "title",
    "bezeichnung": "title",
    "art": "offer_type",
    "angebotsart": "offer_type",
    "typ": "offer_type",
    "arbeitgeberid": "employer_external_id",
    "firmenid": "employer_external_id",
    "kundennummer": "employer_external_id",
    "arbeitgeber": "employer",
    "firma": "employer",
    "unternehmen": "employer",
    "beschreibung": "description",
    "taetigkeiten": "tasks",
    "aufgaben": "tasks",
    "bewerbung": "how_to_apply",
    "berufsfeld": "occupational_fields",
    "berufsfelder": "occupational_fields",
    "branche": "occupational_fields",
    "berufe": "occupations",
    "zielgruppe": "target_groups",
    "zielgruppen": "target_groups",
    "schulstufe": "school_levels",
    "mindestalter": "min_age",
    "abalter": "min_age",
    "abklasse": "min_class",
    "beginn": "start_date",
    "start": "start_date",
    "von": "start_date",
    "ende": "end_date",
    "bis": "end_date",
    "ferien": "season",
    "zeitraum": "season",
    "plaetze": "places",
    "anzahlplaetze": "places",
    "verguetung": "pay_kind",
    "betrag": "pay_amount",
    "lohn": "pay_amount",
    "stundenlohn": "pay_amount",
    "verguetunghoehe": "pay_amount",
    "arbeitszeit": "hours",
    "strasse": "street",
    "plz": "postcode",
    "ort": "city",
    "bewerbungsemail": "apply_email",
    "email": "apply_email",
    "bewerbungslink": "apply_url",
    "link": "apply_url",
    "ansprechpartner": "contact_name",
    "ansprechperson": "contact_name",
}
PRESETS = {
    "employers": {"generic": _EMPLOYER_GENERIC, "crm": _EMPLOYER_CRM},
    "offers": {"generic": _OFFER_GENERIC, "crm": _OFFER_GENERIC},
}


def normalise(text: str) -> str:
    """Header/key normalisation: lower case, umlauts spelt out, only letters and digits."""
    text = text.strip().lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text)


@dataclass
class ColumnMapping:
    """Resolved mapping for one import kind."""

    kind: str
    columns: dict[str, str]  # normalised header → target field ("" = ignore)
    lookups: dict[str, list[str]] = field(default_factory=dict)  # Branche → field slugs
    defaults: dict[str, str] = field(default_factory=dict)

    def resolve(self, headers: list[str]) -> tuple[dict[str, str], list[str]]:
        """{header: target} for the recognised columns, and the unrecognised headers."""
        targets = FIELDS[self.kind]
        resolved, unknown, used = {}, [], set()
        for header in headers:
            key = normalise(header)
            target = self.columns.get(key, key if key in targets else None)
            if target is None and key.replace("_", "") in {normalise(t) for t in targets}:
                target = next(t for t in targets if normalise(t) == key)
            if target and target not in used:
                resolved[header] = target
                used.add(target)
            elif target != "":
                unknown.append(header)
        return resolved, unknown


def build_mapping(kind: str, preset: str = "generic", mapping_file: str | Path | None = None):
    """Preset plus user mapping file → (ColumnMapping, problems in the mapping file)."""
    columns = {normalise(t): t for t in FIELDS[kind]} | dict(PRESETS[kind][preset])
    mapping = ColumnMapping(kind=kind, columns=columns)
    if mapping_file is None:
        return mapping, []
    return mapping, _apply_mapping_file(mapping, Path(mapping_file))


def _apply_mapping_file(mapping: ColumnMapping, path: Path) -> list[Problem]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return [Problem("(Zuordnungsdatei)", "gültiges TOML in UTF-8", str(exc), "Datei prüfen.")]
    problems = []
    targets = FIELDS[mapping.kind]
    preset = data.get("preset")
    if preset:
        if preset not in PRESETS[mapping.kind]:
            problems.append(Problem("preset", "generic oder crm", preset, "Vorlage korrigieren."))
        else:
            mapping.columns.update(PRESETS[mapping.kind][preset])
    for header, target in data.get("columns", {}).items():
        if target and target not in targets:
            close = difflib.get_close_matches(str(target), list(targets), n=1)
            problems.append(
                Problem(
                    f"columns.{header}",
                    "ein Zielfeld: " + ", ".join(targets),
                    str(target),
                    f"Meinten Sie „{close[0]}“?"
                    if close
                    else 'Zielfeld aus der Liste wählen; "" ignoriert die Spalte.',
                )
            )
        else:
            mapping.columns[normalise(header)] = target
    for value, slugs in data.get("branchen", {}).items():
        mapping.lookups[normalise(value)] = [slugs] if isinstance(slugs, str) else list(slugs)
    mapping.defaults.update({k: str(v) for k, v in data.get("defaults", {}).items()})
    for key in data:
        if key not in ("preset", "columns", "branchen", "defaults"):
            problems.append(
                Problem(
                    key, "preset, [columns], [branchen] oder [defaults]", key, "Abschnitt löschen."
                )
            )
    return problems
