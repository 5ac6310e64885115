"""Parse spreadsheet cell text into typed values; failures raise ValueError with German text."""

import datetime
import re
from decimal import Decimal, InvalidOperation


def parse_postcode(text: str) -> tuple[str, str]:
    """(postcode, note). Restores a leading zero that Excel dropped (7545 → 07545)."""
    digits = re.sub(r"\s", "", text)
    if re.fullmatch(r"[1-9]\d{3}", digits):
        return "0" + digits, "Führende Null ergänzt (Excel entfernt sie bei Zahlen)."
    if not re.fullmatch(r"(0[1-9]|[1-9]\d)\d{3}", digits):
        raise ValueError("Die PLZ muss aus 5 Ziffern bestehen (01001–99998).")
    return digits, ""


def parse_int(text: str, low: int = 0, high: int = 100_000) -> int:
    match = re.match(r"^\s*(\d+)", text.replace(".", ""))
    if not match:
        raise ValueError("Erwartet wird eine ganze Zahl.")
    value = int(match.group(1))
    if not low <= value <= high:
        raise ValueError(f"Erwartet wird eine Zahl zwischen {low} und {high}.")
    return value


def parse_decimal(text: str) -> Decimal:
    cleaned = text.replace("€", "").replace(" ", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("Erwartet wird ein Betrag wie 12,50.")


def parse_coordinate(text: str, low: float, high: float) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ValueError("Erwartet wird eine Zahl wie 50,8806.")
    if not low <= value <= high:
        raise ValueError(f"Der Wert liegt nicht in Deutschland ({low}–{high}); vertauscht?")
    return value


def parse_date(text: str) -> datetime.date:
    text = text.strip()
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError("Erwartet wird ein Datum wie 15.07.2026.")


def parse_url(text: str) -> str:
    text = text.strip()
    if text and not re.match(r"^https?://", text, re.IGNORECASE):
        text = "https://" + text
    return text


def size_class_from_employees(count: int) -> str:
    if count < 10:
        return "micro"
    if count < 50:
        return "small"
    if count < 250:
        return "medium"
    return "large"


SIZE_WORDS = {
    "micro": "micro", "kleinst": "micro", "kleinstunternehmen": "micro",
    "small": "small", "klein": "small", "kleinunternehmen": "small",
    "medium": "medium", "mittel": "medium", "mittelstand": "medium",
    "large": "large", "gross": "large", "grossunternehmen": "large",
}  # fmt: skip


def text_to_html(text: str) -> str:
    """Plain text with blank-line paragraphs → minimal rich text HTML."""
    from html import escape

    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs)
