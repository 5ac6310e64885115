"""Occupation names as people write them: gendered and short forms lead to one base form.

„Kfz-Mechatroniker:in“, „Kfz-Mechatronikerin“, „Restaurantfachmann/-frau“ and
„Fachverkäufer*in im Lebensmittelhandwerk (m/w/d)“ name the same occupations as the
taxonomy's „Kraftfahrzeugmechatroniker/-in“ (search term „Kfz-Mechatroniker“) and
„Restaurantfachmann/-frau“. Imports and search compare these keys, not the raw text.
"""

import re
import unicodedata

_GENDER_MARKERS = re.compile(
    r"\((?:[mwdxfa]\s*/\s*)+[mwdxfa]\)"  # (m/w/d)
    r"|\((?:all genders|alle geschlechter|gn)\)"
    r"|(?<=\w)[:*_·/]-?in(?:nen)?\b"  # :in, *innen, _in, /-in, /in
    r"|(?<=\w)/-?(?:frau|mann|e|r|n)\b"  # Kaufmann/-frau, Fachangestellte/-r
    r"|(?<=\w)\s?/\s?[A-ZÄÖÜa-zäöüß-]+(?:in|innen|frau)\b"  # Koch/Köchin, Kaufmann / Kauffrau
    r"|(?<=[a-zäöüß])In(?:nen)?\b",  # Binnen-I
)
# Feminine endings turned into the masculine base the taxonomy's names start from.
_FEMININE = ((re.compile(r"frau\b"), "mann"), (re.compile(r"(?<=[a-zäöüß]{3})in\b"), ""))


def normalise_key(text: str) -> str:
    """Lower case, umlauts spelt out, only letters and digits."""
    text = text.strip().lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text)


def base_form(text: str) -> str:
    """The text without gender markers, in its first (masculine) form: the matching key."""
    text = _GENDER_MARKERS.sub("", text).strip()
    words = text.split()
    if words:
        first = words[0]
        for pattern, replacement in _FEMININE:
            if first.lower().endswith(("frau", "in")) and first.lower() not in _NOT_FEMININE:
                first = pattern.sub(replacement, first)
        words[0] = first
    return " ".join(words)


_NOT_FEMININE = {"medizin", "termin", "magazin", "benzin", "in", "kamin", "vitamin", "rosin"}


def occupation_keys(*names: str) -> set[str]:
    """Every key a taxonomy name or search term is found by (plain and base form)."""
    keys = set()
    for name in names:
        if name:
            keys.add(normalise_key(name))
            keys.add(normalise_key(base_form(name)))
    keys.discard("")
    return keys
