"""Gender-inclusive job titles: ":in"-forms (recommended), neutral wording or "(m/w/d)".

A title passes if it carries an inclusive marker, names both forms ("zur Kauffrau / zum
Kaufmann"), or if it names no person at all
("Schnuppertag in der Backstube", "Praktikum Mechatronik"). A title that names a person in
the masculine or feminine form only ("Ausbildung zum Mechatroniker") is refused.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError

from einblick.taxonomy.names import base_form

INCLUSIVE_MARKERS = re.compile(
    r"\((?:[mwdxfa]\s*/\s*){2,}[mwdxfa]\)"  # (m/w/d), (w/m/d), (m/w/x), (d/f/m) ...
    r"|\(all genders\)|\(alle geschlechter\)|\(gn\)"
    r"|\w[:*_·]in(?:nen)?\b"  # Mechatroniker:in, Bäcker*innen, Azubi_in
    r"|\w/-?(?:in|innen|frau|e|r)\b"  # Bäcker/-in, Kaufmann/-frau, Fachangestellte/-r
    r"|\w/\w+(?:in|innen|frau|leute)\b",  # Mikrotechnologe/Mikrotechnologin, Kaufmann/Kauffrau
    re.IGNORECASE,
)
BINNEN_I = re.compile(r"[a-zäöüß](?:In|Innen)\b")  # BäckerIn (case matters)

# Person nouns: typical endings of job and role titles (masculine, optionally + "in"/"innen").
PERSON_STEMS = (
    "iker|eur|kaufmann|fachmann|wehrmann|frau|ant|ent|ist|loge|eiter|arbeiter|helfer|meister|fahrer|macher|händler|"
    "käufer|bäcker|koch|köch|tischler|maler|schlosser|schneider|gärtner|maurer|zimmerer|decker|"
    "fleischer|metzger|konditor|lackierer|pfleger|erzieher|lehrer|schüler|berater|entwickler|"
    "designer|programmierer|kellner|assistent|ingenieur|kaufleute|zeichner|bauer|führer|"
    "setzer|drucker|binder|gießer|dreher|fräser|schweißer|monteur|steller|walter|tänzer|sänger"
)
PERSON_WORD = re.compile(rf"^[a-zäöüß-]*(?:{PERSON_STEMS})(?:in|innen)?$")
# Words with such endings that are not people.
NOT_PERSONS = {
    "talent",
    "talente",
    "event",
    "moment",
    "element",
    "dokument",
    "patent",
    "prozent",
    "instrument",
    "argument",
    "restaurant",
    "management",
    "studiengang",
    "frist",
    "list",
    "kontinent",
    "präsident",
    "zement",
    "fundament",
    "ornament",
    "segment",
    "pigment",
    "assessment",
    "bauernhof",
    "lehrplan",
    "ferien",
    "drucker",
}
# Offer wording that names people in a generic, accepted way.
NEUTRAL_PLURALS = {"auszubildende", "studierende", "beschäftigte", "mitarbeitende", "lernende"}


def person_words(title: str) -> list[str]:
    found = []
    for word in re.findall(r"[A-Za-zÄÖÜäöüß]+", title):
        low = word.lower()
        if low in NOT_PERSONS or low in NEUTRAL_PLURALS:
            continue
        if word[0].isupper() and PERSON_WORD.match(low):
            found.append(word)
    return found


def names_both_forms(words: list[str]) -> bool:
    """True if a feminine and a masculine form of the same word both occur ("zur Kauffrau /
    zum Kaufmann", "Bäckerin oder Bäcker")."""
    forms: dict[str, set[str]] = {}
    for word in words:
        key = unicodedata.normalize("NFKD", base_form(word).lower()).encode("ascii", "ignore")
        forms.setdefault(key.decode(), set()).add(word.lower())
    return any(len(variants) > 1 for variants in forms.values())


def is_inclusive_title(title: str) -> bool:
    if INCLUSIVE_MARKERS.search(title) or BINNEN_I.search(title):
        return True
    words = person_words(title)
    return not words or names_both_forms(words)


def validate_inclusive_title(title: str) -> None:
    """Raise a ValidationError with a helpful German message for a non-inclusive title."""
    if is_inclusive_title(title):
        return
    words = person_words(title)
    example = words[0] if words else "Mechatroniker"
    raise ValidationError(
        "Der Titel „%(title)s“ ist nicht geschlechtergerecht: „%(word)s“ spricht nur ein "
        "Geschlecht an. Nutzen Sie am besten die Form mit „:in“ („%(word)s:in“) oder eine "
        "neutrale Formulierung (z. B. „Ausbildung in der Mechatronik“); „(m/w/d)“ wird "
        "ebenfalls akzeptiert („%(title)s (m/w/d)“).",
        code="not_inclusive",
        params={"title": title, "word": example},
    )
