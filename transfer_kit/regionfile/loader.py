"""Read a region file (TOML via stdlib tomllib) and check it completely before anything runs."""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tenants.validation import RegionSpec
from transfer_kit.problems import Problem

from .validator import validate

ALL_PAGES = [
    "angebote",
    "arbeitgeber",
    "veranstaltungen",
    "schueler",
    "eltern",
    "schulen",
    "unternehmen",
    "impressum",
    "datenschutz",
    "barrierefreiheit",
]


@dataclass
class RegionFile:
    """A parsed, schema-valid region description; paths resolve relative to the file."""

    path: Path
    data: dict

    def __getitem__(self, key):
        return self.data[key]

    def get(self, key, default=None):
        return self.data.get(key, default)

    def resolve(self, relative: str) -> Path:
        return (self.path.parent / relative).resolve()

    def region_spec(self) -> RegionSpec:
        """The region fields as create_region takes them (malformed values as empty text,
        which the structure check has already reported)."""

        def text(key: str, default: str = "") -> str:
            value = self.data.get(key, default)
            return value if isinstance(value, str) else ""

        domains = self.data.get("domains")
        return RegionSpec(
            name=text("name"),
            slug=text("slug"),
            domains=[h for h in domains if isinstance(h, str)] if isinstance(domains, list) else [],
            state=text("state", "TH"),
            regional_key=text("regional_key"),
        )

    @property
    def editors(self) -> list[dict]:
        return [{"role": "editor", **editor} for editor in self.data.get("editors", [])]

    @property
    def pages(self) -> list[str]:
        chosen = self.data.get("pages", {}).get("create")
        return [key for key in ALL_PAGES if chosen is None or key in chosen]

    @property
    def hidden_taxonomy(self) -> dict[str, list[str]]:
        return self.data.get("taxonomy", {}).get("hide", {})

    @property
    def logo_path(self) -> Path | None:
        logo = self.data.get("theme", {}).get("logo")
        return self.resolve(logo) if logo else None


def _toml_problem(path: Path, exc: tomllib.TOMLDecodeError) -> Problem:
    where = re.search(r"line (\d+), column (\d+)", str(exc))
    position = f"Zeile {where.group(1)}, Spalte {where.group(2)}" if where else "unbekannte Stelle"
    return Problem(
        path=f"(Datei, {position})",
        expected="gültiges TOML",
        found=str(exc),
        fix="An der genannten Stelle Anführungszeichen, Kommas, eckige Klammern und "
        'das Gleichheitszeichen prüfen; Texte stehen immer in "Anführungszeichen".',
    )


def load_region_file(path: str | Path) -> tuple[RegionFile | None, list[Problem]]:
    """Parse and schema-validate; returns (file, []) or (file|None, every problem)."""
    path = Path(path)
    if not path.is_file():
        return None, [
            Problem(
                path="(Datei)",
                expected="eine vorhandene .toml-Datei",
                found=str(path),
                fix="Pfad prüfen; das Beispiel liegt unter transfer_kit/examples/gera.toml.",
            )
        ]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return None, [
            Problem(
                path="(Datei)",
                expected="eine UTF-8-kodierte Textdatei",
                found="eine andere Zeichenkodierung",
                fix="Die Datei im Editor mit der Kodierung UTF-8 speichern.",
            )
        ]
    except tomllib.TOMLDecodeError as exc:
        return None, [_toml_problem(path, exc)]
    return RegionFile(path=path, data=data), validate(data)
