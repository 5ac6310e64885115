"""Fixed facts of the demo world that every plan builds in, whatever the seed."""

BASE_EMPLOYERS = 96
BASE_OFFERS = 224
# Offers the search "Must show" list relies on, in every region:
# (offer type, title, Berufsfeld, occupation slug fragment)
MUST_SHOW = [
    ("ausbildungsplatz", "Ausbildung Bäcker/-in (m/w/d)", "produktion-fertigung", "baecker"),
    (
        "ausbildungsplatz",
        "Ausbildung Mechatroniker/-in (m/w/d)",
        "metall-maschinenbau",
        "mechatron",
    ),
    (
        "ausbildungsplatz",
        "Ausbildung Elektroniker/-in für Energie- und Gebäudetechnik (m/w/d)",
        "elektro",
        "elektroniker",
    ),
    ("schuelerpraktikum", "Praktikum in der Backstube", "produktion-fertigung", "baecker"),
    ("schuelerpraktikum", "Praktikum Elektrotechnik (m/w/d)", "elektro", "elektroniker"),
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
