"""The starter page tree of a region, with German starter text editors adapt.

Used by the transfer kit (onboard_region), the demo loader and `create_starter_pages`.
Idempotent: a page whose slug already exists under the home page is left as it is, so
editors' changes are never overwritten; only missing pages are created.
"""

import json
from dataclasses import dataclass

from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page

from einblick.core.streamfield import stream_block
from einblick.taxonomy.models import TargetGroup

from .models import (
    GuidePage,
    HomePage,
    InterestCheckPage,
    LandingPage,
    NewsIndexPage,
    StandardPage,
)
from .routes import list_url
from .site_setup import ensure_index_pages

PLACEHOLDER = "[Bitte ergänzen]"


@dataclass(frozen=True)
class StarterContext:
    region_name: str
    operator: str
    contact_email: str

    @property
    def contact(self) -> str:
        if self.contact_email:
            email = escape(self.contact_email)
            return f'<a href="mailto:{email}">{email}</a>'
        return PLACEHOLDER


_b = stream_block


def _text(html: str) -> dict:
    return _b("text", html)


def _faq(heading: str, items: list[tuple[str, str]]) -> dict:
    return _b(
        "faq",
        {"heading": heading, "items": [{"question": q, "answer": a} for q, a in items]},
    )


def _offers(heading, offer_type="", field="", target_group="", count=6) -> dict:
    return _b(
        "offers",
        {
            "heading": heading,
            "offer_type": offer_type,
            "occupational_field": field,
            "target_group": target_group,
            "count": count,
        },
    )


def _events(heading, kind="", target_group="", count=3) -> dict:
    return _b(
        "events", {"heading": heading, "kind": kind, "target_group": target_group, "count": count}
    )


def _employers(heading, count=6) -> dict:
    return _b(
        "employers", {"heading": heading, "occupational_field": "", "benefit": "", "count": count}
    )


def _cta(heading, text, label, url) -> dict:
    return _b(
        "cta",
        {"heading": heading, "text": text, "link_label": label, "link_page": None, "link_url": url},
    )


def _home_body(ctx: StarterContext) -> list[dict]:
    return [
        _offers("Ferienjobs für die nächsten Ferien", offer_type="ferienjob"),
        _employers(f"Arbeitgeber in {ctx.region_name} – klein und groß"),
        _cta(
            "Sie bilden aus oder bieten Praktika an?",
            f"Stellen Sie Ihr Unternehmen kostenlos auf Einblick {ctx.region_name} vor – "
            "jeder Betrieb bekommt denselben Platz, egal wie groß er ist.",
            "Mehr für Unternehmen",
            "/fuer-unternehmen/",
        ),
    ]


def _pupils(ctx):
    intro = (
        f"<p>Du willst wissen, wie sich ein Beruf wirklich anfühlt? In {escape(ctx.region_name)} "
        "warten Ferienjobs, Praktika und Schnuppertage auf dich – ganz in deiner Nähe.</p>"
    )
    body = [
        _cta(
            "Was passt zu mir?",
            "18 kurze Aussagen, drei Minuten: Der Interessen-Check zeigt dir Berufsfelder und "
            "Angebote, die zu dir passen. Deine Antworten bleiben in deinem Browser.",
            "Zum Interessen-Check",
            "/fuer-schuelerinnen/interessen-check/",
        ),
        _offers("Schülerpraktika", offer_type="schuelerpraktikum", target_group="schueler"),
        _offers("Ferienjobs", offer_type="ferienjob", target_group="schueler"),
        _faq(
            "Häufige Fragen",
            [
                (
                    "Ab welchem Alter darf ich einen Ferienjob machen?",
                    "<p>Ab 13 Jahren sind mit Einverständnis deiner Eltern leichte Tätigkeiten "
                    "bis zu zwei Stunden am Tag erlaubt. Ab 15 Jahren darfst du in den Schulferien "
                    "bis zu vier Wochen im Jahr arbeiten. Details regelt das "
                    "Jugendarbeitsschutzgesetz.</p>",
                ),
                (
                    "Wie bewerbe ich mich für ein Praktikum?",
                    "<p>Bei jedem Angebot steht, wie du dich meldest – oft reicht eine kurze "
                    "E-Mail mit ein paar Sätzen über dich. Unser Ratgeber hilft dir dabei.</p>",
                ),
                (
                    "Kostet mich das etwas?",
                    "<p>Nein. Alle Angebote auf dieser Seite sind für dich kostenlos.</p>",
                ),
            ],
        ),
        _events("Hier kannst du Betriebe kennenlernen", target_group="schueler"),
    ]
    return intro, body


def _parents(ctx):
    intro = (
        "<p>Sie möchten Ihr Kind bei der Berufsorientierung begleiten? Hier finden Sie "
        f"Arbeitgeber aus {escape(ctx.region_name)}, Praktika und Veranstaltungen für Familien.</p>"
    )
    body = [
        _text(
            "<p>Praktika und Ferienjobs helfen Jugendlichen, Stärken zu entdecken. Sprechen Sie "
            "mit Ihrem Kind über seine Interessen und schauen Sie gemeinsam in die Angebote. "
            "Bei jedem Angebot stehen Mindestalter, Zeitraum und Ansprechperson.</p>"
        ),
        _events("Elternabende und Infoveranstaltungen", target_group="eltern"),
        _faq(
            "Fragen von Eltern",
            [
                (
                    "Ist mein Kind im Praktikum versichert?",
                    "<p>Bei Schulpraktika, die die Schule organisiert, besteht in der Regel "
                    "gesetzlicher Unfallversicherungsschutz. Fragen Sie im Zweifel bei der Schule "
                    "oder beim Betrieb nach.</p>",
                ),
                (
                    "Wie viel darf mein Kind in den Ferien arbeiten?",
                    "<p>Schulpflichtige Jugendliche dürfen in den Schulferien höchstens vier "
                    "Wochen im Kalenderjahr arbeiten. Die Regeln stehen im "
                    "Jugendarbeitsschutzgesetz.</p>",
                ),
            ],
        ),
    ]
    return intro, body


def _schools(ctx):
    intro = (
        "<p>Für Lehrkräfte und Schulen: Kooperationsangebote, Betriebserkundungen und "
        f"Praktikumsplätze von Arbeitgebern aus {escape(ctx.region_name)}.</p>"
    )
    body = [
        _offers("Kooperationsangebote für Schulen", offer_type="kooperationsangebot-schulen"),
        _events("Veranstaltungen für Klassen", target_group="lehrkraefte-schulen"),
        _text(
            "<p>Sie suchen einen Partnerbetrieb für Ihre Klasse? Schreiben Sie uns: "
            f"{ctx.contact}</p>"
        ),
    ]
    return intro, body


def _companies(ctx):
    intro = (
        f"<p>Einblick {escape(ctx.region_name)} bringt Ihr Unternehmen mit Schüler:innen, "
        "Studierenden und Eltern zusammen – kostenlos und ohne Werbung.</p>"
    )
    body = [
        _text(
            "<h3>So funktioniert es</h3><ul><li>Sie erhalten ein Profil mit Logo, Fotos, "
            "Ansprechpersonen und Ihren Vorteilen als Arbeitgeber.</li><li>Sie veröffentlichen "
            "Angebote: Ferienjobs, Praktika, Schnuppertage, Ausbildungsplätze.</li><li>Jeder "
            "Betrieb bekommt denselben Platz – die Handwerksfirma mit fünf Leuten genauso wie "
            "der große Arbeitgeber.</li></ul>"
        ),
        _cta(
            "Jetzt mitmachen",
            "Schreiben Sie uns, wir richten Ihr Profil ein.",
            "Kontakt aufnehmen",
            f"mailto:{ctx.contact_email}" if ctx.contact_email else "/impressum/",
        ),
    ]
    return intro, body


def _imprint(ctx):
    return (
        "",
        [
            _text(
                f"<h3>Angaben gemäß § 5 DDG</h3><p>{escape(ctx.operator) or PLACEHOLDER}<br/>"
                f"Anschrift: {PLACEHOLDER}</p><p>Vertreten durch: {PLACEHOLDER}</p>"
                f"<h3>Kontakt</h3><p>E-Mail: {ctx.contact}</p>"
                "<h3>Verantwortlich für den Inhalt</h3>"
                f"<p>{PLACEHOLDER}</p><h3>Inhalte der Arbeitgeber</h3><p>Für Profile und "
                "Angebote sind die jeweiligen Arbeitgeber verantwortlich.</p>"
            )
        ],
    )


def _privacy(ctx):
    return (
        "<p>Wir respektieren Ihre Privatsphäre: keine Werbung, kein Tracking, keine Cookies "
        "für Besucher:innen.</p>",
        [
            _text(
                f"<h3>Verantwortliche Stelle</h3><p>{escape(ctx.operator) or PLACEHOLDER}, "
                f"E-Mail: {ctx.contact}</p>"
                "<h3>Aufruf der Website</h3><p>Beim Aufruf verarbeitet der Server technisch "
                "notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene Seite) zur Auslieferung "
                f"und Absicherung der Website. Speicherdauer: {PLACEHOLDER}.</p>"
                "<h3>Keine Cookies, kein Tracking</h3><p>Wer die Website nur besucht, erhält "
                "keine Cookies. Wir setzen keine Analyse- oder Werbedienste ein.</p>"
                "<h3>Videos und virtuelle Rundgänge</h3><p>Eingebettete Videos (z. B. YouTube, "
                "Vimeo) werden erst geladen, wenn Sie auf „Video laden“ klicken. Erst dann "
                "verbindet sich Ihr Browser mit dem Anbieter.</p>"
                "<h3>Ihre Rechte</h3><p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung, "
                "Einschränkung der Verarbeitung und Beschwerde bei einer Aufsichtsbehörde, in "
                "Thüringen beim Thüringer Landesbeauftragten für den Datenschutz und die "
                "Informationsfreiheit.</p>"
            ),
            _b("retention", {"heading": "Welche Daten wir wie lange speichern"}),
        ],
    )


def _accessibility(ctx):
    return (
        f"<p>Wir möchten, dass alle Menschen Einblick {escape(ctx.region_name)} nutzen können.</p>",
        [
            _text(
                "<h3>Stand der Vereinbarkeit</h3><p>Diese Website soll die Anforderungen der "
                "WCAG 2.1 auf Stufe AA erfüllen. Stand der Prüfung: "
                f"{PLACEHOLDER}.</p><h3>Nicht barrierefreie Inhalte</h3><p>Eingebettete Videos "
                "externer Anbieter haben nicht immer Untertitel. Dokumente (PDF) der Arbeitgeber "
                f"sind möglicherweise nicht barrierefrei.</p><h3>Barriere melden</h3><p>Ist Ihnen "
                f"eine Barriere aufgefallen? Schreiben Sie uns: {ctx.contact}</p>"
                "<h3>Durchsetzungsverfahren</h3><p>Wenn wir nicht zufriedenstellend antworten, "
                f"können Sie sich an die zuständige Stelle wenden: {PLACEHOLDER}</p>"
            )
        ],
    )


def _guide(ctx):
    return (
        "Eine Bewerbung für ein Praktikum ist kürzer, als du denkst.",
        [
            _text(
                "<h3>1. Angebot aussuchen</h3><p>Filtere die Angebote nach Berufsfeld und "
                "Zeitraum.</p><h3>2. Kurz vorstellen</h3><p>Schreib, wer du bist, welche Klasse "
                "du besuchst und warum dich der Beruf interessiert.</p><h3>3. Nachfragen</h3>"
                "<p>Keine Antwort nach einer Woche? Ruf freundlich an oder schreib noch einmal.</p>"
            ),
            _cta("Los geht's", "", "Praktika ansehen", list_url("offers", typ="schuelerpraktikum")),
        ],
    )


# slug, title, builder of (intro, body), target group slug
LANDING = [
    ("fuer-schuelerinnen", "Für Schüler:innen", _pupils, "schueler"),
    ("fuer-eltern", "Für Eltern", _parents, "eltern"),
    ("fuer-schulen", "Für Schulen", _schools, "lehrkraefte-schulen"),
    ("fuer-unternehmen", "Für Unternehmen", _companies, ""),
]
LEGAL = [
    ("impressum", "Impressum", _imprint),
    ("datenschutz", "Datenschutz", _privacy),
    ("barrierefreiheit", "Erklärung zur Barrierefreiheit", _accessibility),
]


def _interest_check(region_name: str) -> InterestCheckPage:
    return InterestCheckPage(
        title="Interessen-Check",
        slug="interessen-check",
        intro="<p>Was machst du gern, welche Fächer magst du, wo möchtest du arbeiten? "
        "Sag bei jeder Aussage, ob sie stimmt – danach zeigen wir dir passende "
        f"Berufsfelder und Angebote in {escape(region_name)}.</p>",
        search_description="Interessen-Check für Schüler:innen: Welche Berufsfelder passen zu mir?",
    )


def _add(parent: Page, page: Page) -> Page:
    existing = Page.objects.child_of(parent).filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def build_starter_pages(
    home: HomePage | None = None,
    region_name: str = "",
    *,
    operator: str = "",
    contact_email: str = "",
) -> dict[str, Page]:
    """Create the missing starter pages of the current region; returns them by slug.

    `home` defaults to the region's HomePage; `operator` and `contact_email` fill the legal
    pages (placeholders „[Bitte ergänzen]“ remain where nothing is known).
    """
    home = home or HomePage.objects.get(locale=Locale.get_default())
    region_name = region_name or home.title
    ctx = StarterContext(region_name, operator, contact_email)
    pages: dict[str, Page] = dict(ensure_index_pages(home))
    if not home.hero_title and not home.body:
        home.hero_title = f"Einblick {region_name}: Praktika, Ferienjobs und Ausbildung vor Ort"
        home.hero_text = (
            f"Entdecke Arbeitgeber in {region_name} – vom Handwerksbetrieb bis zum Großunternehmen."
        )
        home.body = json.dumps(_home_body(ctx))
        home.save_revision().publish()
    groups = dict(TargetGroup.objects.values_list("slug", "pk"))
    for slug, title, builder, group in LANDING:
        intro, body = builder(ctx)
        page = LandingPage(
            title=title,
            slug=slug,
            intro=intro,
            body=json.dumps(body),
            target_group_id=groups.get(group),
            show_in_menus=True,
        )
        pages[slug] = _add(home, page)
    intro, body = _guide(ctx)
    pages["bewerbung"] = _add(
        pages["fuer-schuelerinnen"],
        GuidePage(
            title="Bewerbung leicht gemacht", slug="bewerbung", intro=intro, body=json.dumps(body)
        ),
    )
    pages["interessen-check"] = _add(pages["fuer-schuelerinnen"], _interest_check(region_name))
    pages["aktuelles"] = _add(
        home,
        NewsIndexPage(
            title="Aktuelles",
            slug="aktuelles",
            intro=f"<p>Neuigkeiten rund um Ausbildung und Arbeit in {escape(region_name)}.</p>",
            show_in_menus=True,
        ),
    )
    for slug, title, builder in LEGAL:
        intro, body = builder(ctx)
        pages[slug] = _add(
            home, StandardPage(title=title, slug=slug, intro=intro, body=json.dumps(body))
        )
    return pages
