"""Fixed facts of the demo world that every plan builds in, whatever the seed."""

import datetime
import re

BASE_EMPLOYERS = 96
BASE_OFFERS = 224
# Offers the search "Must show" list relies on, in every region:
# (offer type, title, Berufsfeld, occupation slug fragment)
MUST_SHOW = [
    ("ausbildungsplatz", "Ausbildung Bäcker:in", "produktion-fertigung", "baecker"),
    ("ausbildungsplatz", "Ausbildung Mechatroniker:in", "metall-maschinenbau", "mechatron"),
    (
        "ausbildungsplatz",
        "Ausbildung Elektroniker:in für Energie- und Gebäudetechnik",
        "elektro",
        "elektroniker",
    ),
    ("schuelerpraktikum", "Praktikum in der Backstube", "produktion-fertigung", "baecker"),
    ("schuelerpraktikum", "Praktikum Elektrotechnik", "elektro", "elektroniker"),
]
WEIMAR_ONLY_TITLE = "Schnuppertag Orgelbau (m/w/d)"
ORGAN_BUILDER = {
    "slug": "orgelbau-werkstatt-an-der-ilm",
    "name": "Orgelbau-Werkstatt an der Ilm",
    "legal_form": None,
    "region": "weimar",
    "field": "kunst-kultur-gestaltung",
    "size_class": "micro",
    "pitch": "Wir bauen und restaurieren Orgeln – von der Dorfkirche bis zum Konzertsaal.",
    "philosophy": "Holz, Metall und Klang: Bei uns entsteht jedes Instrument von Hand. "
    "Wer bei uns schnuppert, hobelt, lötet und stimmt mit.",
    "occupations": ["orgel-und-harmoniumbauer"],
    "benefits": ["mentoring", "flexible-arbeitszeit"],
}
TARGETS_BY_TYPE = {
    "ferienjob": ["schueler", "studierende"],
    "schuelerpraktikum": ["schueler"],
    "studierendenpraktikum": ["studierende"],
    "pflichtpraktikum": ["schueler", "studierende"],
    "abschlussarbeit": ["studierende"],
    "projekt-facharbeit": ["schueler", "lehrkraefte-schulen"],
    "schnuppertag": ["schueler", "eltern"],
    "feriencamp": ["schueler"],
    "tag-der-offenen-tuer": ["schueler", "eltern", "lehrkraefte-schulen"],
    "kooperationsangebot-schulen": ["lehrkraefte-schulen"],
    "ausbildungsplatz": ["schueler", "absolventen"],
    "duales-studium": ["schueler", "absolventen"],
    "werkstudierendenjob": ["studierende"],
    "berufseinstieg": ["absolventen", "arbeitsuchende"],
}
SCHOOL_TYPES = {"schuelerpraktikum", "schnuppertag", "feriencamp", "projekt-facharbeit"}
SEASON_WORDS = {
    "winterferien": "winterferien",
    "osterferien": "osterferien",
    "sommerferien": "sommerferien",
    "herbstferien": "herbstferien",
}
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
AREA_CODES = {"jena": "03641", "weimar": "03643"}
ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "á": "a"})
# School holidays in Thuringia, roughly: months a season's offer may lie in, and the usual
# first day (month, day) a holiday offer with dates starts on.
SEASON_MONTHS = {
    "winterferien": (1, 2),
    "osterferien": (3, 4),
    "sommerferien": (6, 7, 8),
    "herbstferien": (10, 11),
}
SEASON_STARTS = {
    "winterferien": (2, 9),
    "osterferien": (4, 6),
    "sommerferien": (7, 13),
    "herbstferien": (10, 12),
}
_TITLE_SEASONS = (
    ("oster", "osterferien"),
    ("sommer", "sommerferien"),
    ("herbst", "herbstferien"),
    ("winter", "winterferien"),
)
# Words in titles and tasks that name a place of work: only for these Berufsfelder.
TITLE_FIELDS = {
    "in der Produktion": {
        "produktion-fertigung",
        "metall-maschinenbau",
        "elektro",
        "technik-technologiefelder",
        "landwirtschaft-natur-umwelt",
    },
    "im Lager": {
        "verkehr-logistik",
        "produktion-fertigung",
        "wirtschaft-verwaltung",
        "dienstleistung",
    },
    "im Service": {"dienstleistung", "gesundheit", "soziales-paedagogik"},
}


def season_in_title(title: str) -> str:
    """The holiday season a title names ("Sommerjob" → "sommerferien"), else ""."""
    lower = title.lower()
    return next((season for word, season in _TITLE_SEASONS if word in lower), "")


def fits_field(text: str, field_slug: str) -> bool:
    """False when `text` names a place of work the Berufsfeld does not have."""
    return all(field_slug in fields for word, fields in TITLE_FIELDS.items() if word in text)


def fits_period(title: str, period: dict) -> bool:
    """Does the season a title names (if any) match the offer's season or dates?"""
    season = season_in_title(title)
    if not season:
        return True
    if period.get("period_kind") == "season":
        return period.get("season") == season
    start = period.get("start_date")
    if period.get("period_kind") != "dates" or start is None:
        return False
    end = period.get("end_date") or start
    return {start.month, end.month} <= set(SEASON_MONTHS[season])


def holiday_start(season: str, today: datetime.date) -> datetime.date:
    """The first Monday of `season`'s next holidays at least ten days after `today`."""
    month, day = SEASON_STARTS[season]
    start = datetime.date(today.year, month, day)
    if start < today + datetime.timedelta(days=10):
        start = start.replace(year=start.year + 1)
    return start + datetime.timedelta(days=-start.weekday() % 7)


SLASH_IN = re.compile(r"(\w)/-in(nen)?\b")


def one_gender_form(title: str) -> str:
    """The recommended form ":in" instead of the register spelling "/-in" of occupation
    names ("Bäcker/-in" → "Bäcker:in"); "(m/w/d)" is dropped once ":in" says it already."""
    title = SLASH_IN.sub(lambda m: f"{m.group(1)}:in{m.group(2) or ''}", title)
    if ":in" in title:
        title = title.replace(" (m/w/d)", "")
    return title
