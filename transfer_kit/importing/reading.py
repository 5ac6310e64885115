"""Read CSV, XLSX and JSON into rows numbered as the user sees them in the spreadsheet.

CSV: UTF-8 (with or without BOM), UTF-16 with BOM ("Unicode-Text" from Excel) or
Windows-1252 (Excel "CSV (Trennzeichen-getrennt)" on German Windows); `;`, `,` or tab.
"""

import codecs
import csv
import datetime
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED = (".csv", ".txt", ".xlsx", ".json")
# Python's csv module refuses fields over 131,072 characters; a runaway cell must reach the
# importer, which reports it for its row instead of the file failing as a whole.
csv.field_size_limit(64 * 1024 * 1024)
HEADER_SEARCH_ROWS = 15  # title and blank rows above the header row are skipped


class TableError(Exception):
    """The file as a whole cannot be read (German message saying what to do)."""


@dataclass
class Table:
    """Header names and data rows; `rows` holds (spreadsheet row number, {header: text})."""

    source: Path
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    header_row: int = 1  # spreadsheet row of the header (> 1 when title rows were skipped)

    def describe(self) -> str:
        count = len(self.rows)
        parts = [f"{count} Zeile{'' if count == 1 else 'n'}"]
        if self.header_row > 1:
            parts.append(f"Überschriften in Zeile {self.header_row}")
        if self.encoding:
            parts.append(f"Kodierung {ENCODING_LABELS.get(self.encoding, self.encoding)}")
        if self.delimiter:
            parts.append(f"Trennzeichen „{'Tab' if self.delimiter == chr(9) else self.delimiter}“")
        return ", ".join(parts)


ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 mit BOM",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}


def detect_encoding(raw: bytes) -> str:
    """UTF-8 (±BOM) if it decodes as such, UTF-16 with BOM, else Windows-1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits one of the first lines into the most columns (outside quotes);
    the first lines may be a title ("Firmenliste Stand 11/2026") above the header."""
    lines = [line for line in text.split("\n", HEADER_SEARCH_ROWS)[:HEADER_SEARCH_ROWS] if line]
    scores = {}
    for candidate in (";", ",", "\t"):
        widths = [len(row) - 1 for row in csv.reader(lines, delimiter=candidate)] or [0]
        # most columns; on a tie the delimiter that reaches them on an earlier line
        scores[candidate] = (max(widths), -widths.index(max(widths)), candidate == ";")
    best = max(scores, key=scores.get)
    counts = {c: score[0] for c, score in scores.items()}
    return best if counts[best] else ";"


def header_index(records: list) -> int:
    """Index of the header row: the first of the top rows that is nearly as wide as the widest
    (a title or a "Stand: …" line above it fills one or two cells only)."""
    widths = [sum(1 for c in r if _cell(c)) for r in records[:HEADER_SEARCH_ROWS]]
    widest = max(widths, default=0)
    for index, width in enumerate(widths):
        if width >= 2 and width * 10 >= widest * 6:
            return index
    return 0


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return str(value).strip()


def _from_records(source, headers, records, first_row: int, **meta) -> Table:
    headers = [_cell(h) for h in headers]
    if not any(headers):
        raise TableError(
            "Keine Zeile mit Spaltenüberschriften gefunden. Die Überschriften (z. B. Firma, PLZ, "
            "Ort) gehören in eine Zeile oberhalb der Daten."
        )
    duplicates = {h for h in headers if h and headers.count(h) > 1}
    if duplicates:
        raise TableError(
            "Doppelte Spaltenüberschriften: "
            + ", ".join(sorted(duplicates))
            + ". Bitte jede Spalte eindeutig benennen."
        )
    table = Table(source=source, headers=[h for h in headers if h], **meta)
    for offset, record in enumerate(records):
        values = {h: _cell(v) for h, v in zip(headers, record, strict=False) if h}
        if any(values.values()):
            table.rows.append((first_row + offset, values))
    return table


def read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    encoding = detect_encoding(raw)
    text = raw.decode(encoding, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise TableError("Die Datei ist leer.")
    if "\x00" in text:
        raise TableError(
            "Die Datei enthält Binärdaten – ist sie wirklich eine CSV-Datei? In Excel „Speichern "
            "unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen."
        )
    delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:
        raise TableError(f"Die CSV-Datei ist beschädigt ({exc}); bitte erneut exportieren.")
    return _with_header(path, records, encoding=encoding, delimiter=delimiter)


def _with_header(path, records, **meta) -> Table:
    """Spreadsheet numbering: the header is row n, so the first record is row n + 1."""
    index = header_index(records)
    table = _from_records(path, records[index], records[index + 1 :], index + 2, **meta)
    table.header_row = index + 1
    return table


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise TableError(f"Die Excel-Datei lässt sich nicht öffnen ({exc}).")
    try:
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    except KeyError:
        raise TableError(
            f"Kein Tabellenblatt „{sheet}“; vorhanden: {', '.join(workbook.sheetnames)}."
        )
    records = list(worksheet.iter_rows(values_only=True))
    workbook.close()
    if not records:
        raise TableError("Das Tabellenblatt ist leer.")
    return _with_header(path, records)


def read_json(path: Path, key: str = "") -> Table:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TableError(f"Die JSON-Datei ist fehlerhaft ({exc}).")
    if isinstance(data, dict):
        data = data.get(key) or data.get("rows") or data.get("items") or []
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise TableError('Erwartet wird eine Liste von Objekten, z. B. [{"name": …}, …].')
    headers = list(dict.fromkeys(k for item in data for k in item))
    records = [[item.get(h) for h in headers] for item in data]
    # JSON has no spreadsheet rows: the n-th object is reported as row n.
    return _from_records(path, headers, records, 1)


def read_table(path: str | Path, *, sheet: str | None = None, json_key: str = "") -> Table:
    path = Path(path)
    if not path.is_file():
        raise TableError(f"Datei nicht gefunden: {path}")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return read_csv(path)
    if suffix == ".xlsx":
        return read_xlsx(path, sheet)
    if suffix == ".json":
        return read_json(path, json_key)
    if suffix in (".xls", ".ods", ".numbers"):
        raise TableError(
            f"Dateityp „{suffix}“ wird nicht unterstützt: bitte in Excel oder LibreOffice „Speichern "
            "unter“ → „Excel-Arbeitsmappe (.xlsx)“ oder „CSV UTF-8“ wählen."
        )
    raise TableError(
        f"Dateityp „{suffix}“ wird nicht unterstützt: bitte als .csv, .xlsx oder .json speichern."
    )
