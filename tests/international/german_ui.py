"""Find German UI text on an English page.

The page's HTML is read with the standard library's parser. Left out are `<head>`, scripts,
styles, SVG and every element marked as not English: `lang="de"` (editors' German text on an
English page, WCAG 3.1.2, `themes_tags.content_lang`) or `translate="no"` (names). What
remains is UI text: element text plus the attributes a person reads or hears (aria-label,
title, placeholder, alt, the value of buttons), less e-mail addresses and web addresses. A word
of that text is German when it is in GERMAN_WORDS or is a word of a German msgid of the
English catalog that its English text does not use. Umlauts alone do not count: names of
companies and places keep them inside English sentences.
"""

import re
from html.parser import HTMLParser

from tests.core.test_catalog import _po_entries, catalogs

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip
SKIPPED = {"head", "script", "style", "svg", "template"}
READ_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
BUTTON_TYPES = {"submit", "button", "reset"}

# Common German words that are no English words (so "die", "was", "also", "will" are not here).
GERMAN_WORDS = set(
    """
    und oder der das des dem den ein eine einen einem einer eines nicht mit für von zu zum
    zur auf aus bei nach über unter ist sind wird werden hat haben kein keine keinen alle
    allen auch noch nur schon gibt sie ich du dein deine deiner wir uns ihr ihre ihren hier
    jetzt mehr weitere weiter zurück seite suche suchen angebot angebote arbeitgeber
    veranstaltung veranstaltungen anmeldung ort umkreis berufsfeld berufsfelder merkliste
    kontakt datenschutz impressum startseite anzeigen zeigen uhr bis heute morgen tage
    woche bitte danke wie wer wo wann warum gern sprache sprachen adresse telefon webseite
    drucken teilen merken ergebnis treffer entfernt alle zeigen filtern zurücksetzen
    nächste neueste aktuelle schließen öffnen laden senden speichern abmelden anmelden
    ohne wenn dann diese dieser dieses deinem deinen deiner ihrem ihnen sich können kannst
    möchtest gerade bald leider nichts etwas ganz viele jede jeden jeder beim vom ins
    keine passenden beschreibung ansehen sprache arbeitsplatz vergütung zeitraum schulart
    """.split()
)
ADDRESS = re.compile(r"\S+@\S+|(?:https?://)?[\w.-]+\.(?:de|org|com|example|localhost)\S*")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def catalog_words() -> set[str]:
    """Words of the German msgids (top-level and app catalogs) that their English
    translations do not use."""
    entries = {}
    for catalog in catalogs():
        entries |= _po_entries(catalog / "django.po")
    german, english = set(), set()
    for msgid, msgstr in entries.items():
        if not msgid:
            continue
        ids = msgid if isinstance(msgid, tuple) else (msgid,)
        strs = msgstr if isinstance(msgstr, list) else [msgstr]
        german |= {w.lower() for text in ids for w in WORD.findall(_bare(text)) if len(w) > 3}
        english |= {w.lower() for text in strs for w in WORD.findall(_bare(text))}
    return german - english


def _bare(text: str) -> str:
    """A msgid without its placeholders (%(count)s, {name})."""
    return re.sub(r"%\(\w+\)[sd]|\{\w*\}|<[^>]+>", " ", text)


class _UiText(HTMLParser):
    def __init__(self, keep_marked: bool = False):
        super().__init__(convert_charrefs=True)
        self.keep_marked = keep_marked  # also the parts marked lang="de" or translate="no"
        self.stack: list[bool] = []  # per open element: is it (or a parent) left out?
        self.tags: list[str] = []
        self.texts: list[str] = []

    def _skipped(self) -> bool:
        return bool(self.stack) and self.stack[-1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        lang = (attributes.get("lang") or "en").lower()
        marked = not lang.startswith("en") or attributes.get("translate") == "no"
        skip = self._skipped() or tag in SKIPPED or (marked and not self.keep_marked)
        if not skip:
            self.texts += [attributes[name] or "" for name in READ_ATTRIBUTES if name in attributes]
            if tag == "input" and attributes.get("type") in BUTTON_TYPES:
                self.texts.append(attributes.get("value") or "")
        if tag not in VOID:
            self.stack.append(skip)
            self.tags.append(tag)

    def handle_endtag(self, tag):
        if tag in self.tags:
            while self.tags:
                self.stack.pop()
                if self.tags.pop() == tag:
                    break

    def handle_data(self, data):
        if not self._skipped():
            self.texts.append(data)


def ui_text(html: str, keep_marked: bool = False) -> list[str]:
    """The page's UI text pieces (see the module docstring); with `keep_marked` also the
    parts marked as German or as names."""
    parser = _UiText(keep_marked)
    parser.feed(html)
    parser.close()
    return [" ".join(text.split()) for text in parser.texts if text.strip()]


def german_ui(html: str, vocabulary: set[str]) -> list[str]:
    """Every UI text piece of `html` that has a German word, with that word first."""
    found = []
    for text in ui_text(html):
        for word in WORD.findall(ADDRESS.sub(" ", text)):
            if word.lower() in vocabulary:
                found.append(f"{word}: {text[:120]}")
                break
    return found


def german_labels(html: str, labels: set[str]) -> list[str]:
    """Text pieces of `html` that are a German taxonomy name (`labels`: the names of the
    entries that have an English one), marked `lang="de"` or not: an English page shows the
    English name of such an entry."""
    return [f"taxonomy: {text}" for text in ui_text(html, keep_marked=True) if text in labels]
