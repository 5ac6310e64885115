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
    match = re.search(r"\d+", text.replace(".", ""))
    if not match:
        raise ValueError("Erwartet wird eine ganze Zahl.")
    value = int(match.group(1))
    if not low <= value <= high:
        raise ValueError(f"Erwartet wird eine Zahl zwischen {low} und {high}.")
    return value


# Cells that say "no information" in words; they become an empty value plus a note.
UNKNOWN_WORDS = {
    "ka", "keineangabe", "keineangaben", "unbekannt", "na", "nv", "", "offen", "tbd",
    "nachabsprache", "nachvereinbarung", "variabel", "individuell", "mehrere", "diverse",
    "verschiedene", "unbegrenzt", "flexibel", "tarif", "nachtarif", "tariflich", "auffrage",
}  # fmt: skip
_NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+)"
_RANGE = re.compile(rf"^{_NUMBER}\s*(?:-|–|—|bis)\s*{_NUMBER}$")
_AT_LEAST = re.compile(
    rf"^(?:>|über|mehr als|ab|mindestens|min\.?)\s*{_NUMBER}\s*\+?$|^{_NUMBER}\s*\+$"
)
_BELOW = re.compile(rf"^(?:<|unter|weniger als)\s*{_NUMBER}$")
_UP_TO = re.compile(rf"^(?:bis|bis zu|max\.?|höchstens)\s*{_NUMBER}$")
_ABOUT = re.compile(
    rf"^(?:ca\.?|circa|etwa|rund|ungefähr|~|knapp|gut|ab|über|mindestens)?\s*{_NUMBER}(?:\s*[a-zäöü:.*]+)*$"
)


def _number(text: str) -> int:
    return int(text.replace(".", ""))


def parse_count(text: str) -> tuple[int | None, str]:
    """A head count or number of places written as people write it.

    (value, note): "ca. 50" → 50, "10-49" → 10 (the lower bound), "250+" → 250, "unter 10" → 9;
    words such as "k.A." or "mehrere" → (None, note). Raises ValueError for anything else.
    """
    plain = re.sub(r"\s+", " ", text.strip().lower())
    words = re.sub(r"[^a-zäöüß]", "", plain.replace("ä", "ae"))
    if words in UNKNOWN_WORDS and not re.search(r"\d", plain):
        return None, f"„{text.strip()}“ ist keine Zahl – das Feld bleibt leer."
    if match := _RANGE.match(plain):
        return _number(match.group(1)), "Spanne – die untere Grenze wurde übernommen."
    if match := _AT_LEAST.match(plain):
        return _number(match.group(1) or match.group(2)), ""
    if match := _BELOW.match(plain):
        return max(_number(match.group(1)) - 1, 0), ""
    if match := _UP_TO.match(plain):
        return _number(match.group(1)), ""
    if match := _ABOUT.match(plain):
        return _number(match.group(1)), ""
    raise ValueError(f"„{text.strip()}“ ist keine Zahl.")


def is_unknown_word(text: str) -> bool:
    """True for cells like "k.A.", "nach Absprache", "-" that mean "no information"."""
    words = re.sub(r"[^a-zäöüß]", "", text.strip().lower().replace("ä", "ae"))
    return words in UNKNOWN_WORDS and not re.search(r"\d", text)


def parse_decimal(text: str) -> Decimal:
    cleaned = text.replace("€", "").replace(" ", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("Erwartet wird ein Betrag wie 12,50.")


_AMOUNT = re.compile(r"(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)")
_AMOUNT_UNITS = (("std", "hour"), ("stunde", "hour"), ("/h", "hour"), ("monat", "month"),
                 ("mtl", "month"), ("pauschal", "total"), ("gesamt", "total"))  # fmt: skip


def parse_amount(text: str) -> tuple[tuple[Decimal, str] | None, str]:
    """("12,50 € / Std." → ((12.50, "hour"), ""); "nach Absprache" → (None, note)).

    Raises ValueError for text without an amount."""
    if is_unknown_word(text):
        return None, (
            f"„{text.strip()}“ ist kein Betrag – das Angebot gilt als bezahlt, der "
            "Betrag bleibt leer."
        )
    match = _AMOUNT.search(text)
    if not match:
        raise ValueError(f"„{text.strip()}“ ist kein Betrag.")
    lowered = text.lower()
    unit = next((unit for word, unit in _AMOUNT_UNITS if word in lowered), "")
    return (parse_decimal(match.group(1)), unit), ""


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


def parse_phone(text: str) -> str:
    """A German phone number in international form ("+49 3671 98676"); raises ValueError.

    Accepts what CRM exports hold: "Tel. 03671/98676", "+49(0)3671-16860", "0049 3641 123".
    """
    import phonenumbers

    cleaned = re.sub(r"^\s*(?:tel(?:efon)?|fon|phone|mobil|handy)\.?:?\s*", "", text, flags=re.I)
    cleaned = cleaned.replace("(0)", "")
    try:
        number = phonenumbers.parse(cleaned, "DE")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise ValueError(f"„{text.strip()}“ ist keine Telefonnummer.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
