"""German starter texts for a new region's pages; the agency edits them in the CMS.

Each page: key → (title, slug, blocks). Blocks are ("heading", text) or ("paragraph", HTML).
Placeholders in braces are filled from the region file (see `page_context`).
"""

from html import escape

SCHOOL_BUTTON = (
    '<a href="{home_url}" style="display:inline-block;padding:0.75em 1.25em;'
    "background:{primary_color};color:#ffffff;border-radius:6px;font-weight:bold;"
    'text-decoration:none">Praktika und Ausbildung in {region} finden</a>'
)

HOME = [
    ("heading", "Reinschauen, ausprobieren, ankommen"),
    (
        "paragraph",
        "<p>Hier zeigen Unternehmen aus {region}, was sie jungen Menschen bieten: Praktika, "
        "Schnuppertage, Ferienjobs, Ausbildungs- und Studienplätze. Finde heraus, was zu dir "
        "passt – ohne Anmeldung und ohne Werbung.</p>",
    ),
    (
        "paragraph",
        "<p>Ein Angebot von {agency}. Fragen? Schreib uns an "
        '<a href="mailto:{agency_email}">{agency_email}</a>.</p>',
    ),
]

PAGES = {
    "angebote": (
        "Angebote",
        "angebote",
        [
            (
                "paragraph",
                "<p>Praktika, Schnuppertage, Ferienjobs und Ausbildungsplätze in {region}. "
                "Filtere nach Berufsfeld, Zeitraum und Entfernung.</p>",
            )
        ],
    ),
    "arbeitgeber": (
        "Arbeitgeber",
        "arbeitgeber",
        [
            (
                "paragraph",
                "<p>Diese Unternehmen und Einrichtungen aus {region} öffnen ihre Türen. "
                "Jedes Profil zeigt, wer sie sind, was sie ausbilden und wie du sie erreichst.</p>",
            )
        ],
    ),
    "veranstaltungen": (
        "Veranstaltungen",
        "veranstaltungen",
        [
            (
                "paragraph",
                "<p>Ausbildungsmessen, Tage der offenen Tür und Infoabende in {region} – "
                "mit Datum, Ort und Anmeldung.</p>",
            )
        ],
    ),
    "schueler": (
        "Für Schüler:innen",
        "fuer-schuelerinnen",
        [
            ("heading", "Einfach mal reinschauen"),
            (
                "paragraph",
                "<p>Du weißt noch nicht, was du nach der Schule machen willst? Das ist normal. "
                "Ein Praktikum oder ein Schnuppertag zeigt dir in kurzer Zeit, ob ein Beruf "
                "zu dir passt.</p>",
            ),
            ("heading", "So gehst du vor"),
            (
                "paragraph",
                "<ol><li>Suche ein Angebot, das dich interessiert.</li>"
                "<li>Lies, was du dort machst und wen du triffst.</li>"
                "<li>Melde dich direkt beim Unternehmen – die Kontaktdaten stehen im "
                "Angebot.</li></ol>",
            ),
        ],
    ),
    "eltern": (
        "Für Eltern",
        "fuer-eltern",
        [
            ("heading", "Ihr Kind bei der Berufsorientierung begleiten"),
            (
                "paragraph",
                "<p>Eltern sind die wichtigsten Ratgeber:innen bei der Berufswahl. Hier finden "
                "Sie Praktika und Ausbildungsplätze in {region}, Termine für Infoabende und "
                "Ansprechpersonen in den Unternehmen.</p>",
            ),
            (
                "paragraph",
                "<p>Alle Angebote sind kostenlos einsehbar. Das Portal setzt keine Cookies "
                "und verfolgt niemanden.</p>",
            ),
        ],
    ),
    "schulen": (
        "Für Schulen",
        "fuer-schulen",
        [
            ("heading", "Das Portal auf Ihrer Schulwebsite"),
            (
                "paragraph",
                "<p>Verlinken Sie das Portal auf Ihrer Schulwebsite, im Schulmessenger oder im "
                'Elternbrief. Die Adresse lautet <a href="{home_url}">{home_url}</a>.</p>',
            ),
            ("heading", "Button zum Kopieren"),
            (
                "paragraph",
                "<p>Kopieren Sie diesen HTML-Code in Ihre Schulwebsite (im Editor des "
                "Content-Management-Systems meist unter „HTML“ oder „Quelltext“). Der Button "
                "lädt nichts von fremden Servern und setzt keine Cookies:</p>"
                "<p><code>{school_button_code}</code></p>",
            ),
            (
                "paragraph",
                "<p>Ohne HTML? Ein einfacher Link genügt: <code>{home_url}</code></p>",
            ),
            ("heading", "Für den Unterricht"),
            (
                "paragraph",
                "<p>Für Klassenfahrten zu Betrieben, Projekttage und die Vorbereitung von "
                "Schülerbetriebspraktika finden Sie Ansprechpersonen direkt in den "
                "Unternehmensprofilen. Plakate und Flyer erhalten Sie bei {agency} "
                '(<a href="mailto:{agency_email}">{agency_email}</a>).</p>',
            ),
        ],
    ),
    "unternehmen": (
        "Für Unternehmen",
        "fuer-unternehmen",
        [
            ("heading", "Zeigen Sie jungen Menschen Ihren Betrieb"),
            (
                "paragraph",
                "<p>Ihr Unternehmen sucht Auszubildende, Praktikant:innen oder Ferienjobber:innen? "
                "Stellen Sie Ihr Profil und Ihre Angebote kostenlos ins Portal für {region}.</p>",
            ),
            (
                "paragraph",
                "<p>Melden Sie sich bei {agency}: "
                '<a href="mailto:{agency_email}">{agency_email}</a> {agency_phone}. '
                "Wir legen Ihr Profil an und zeigen Ihnen, wie Sie Angebote selbst pflegen.</p>",
            ),
        ],
    ),
    "impressum": (
        "Impressum",
        "impressum",
        [
            (
                "paragraph",
                "<p>Anbieterin dieses Portals ist {agency}{agency_address}.</p>"
                "<p>Inhaltlich verantwortlich: {responsible}</p>"
                '<p>Das vollständige Impressum finden Sie unter <a href="{imprint_url}">'
                "{imprint_url}</a>.</p>",
            )
        ],
    ),
    "datenschutz": (
        "Datenschutz",
        "datenschutz",
        [
            (
                "paragraph",
                "<p>Dieses Portal setzt für Besucher:innen keine Cookies, bindet keine Inhalte "
                "fremder Server ein und verwendet keine Analyse- oder Tracking-Werkzeuge. Videos "
                "und Rundgänge werden erst nach Ihrem Klick geladen.</p>"
                '<p>Die vollständige Datenschutzerklärung: <a href="{privacy_url}">'
                "{privacy_url}</a></p>",
            )
        ],
    ),
    "barrierefreiheit": (
        "Barrierefreiheit",
        "barrierefreiheit",
        [
            (
                "paragraph",
                "<p>Wir möchten, dass alle dieses Portal nutzen können. Es richtet sich nach den "
                "Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA.</p>"
                "<p>Sie sind auf eine Barriere gestoßen? Schreiben Sie uns an "
                '<a href="mailto:{accessibility_contact}">{accessibility_contact}</a>.</p>'
                "{accessibility_link}",
            )
        ],
    ),
}


def page_context(rf, home_url: str) -> dict[str, str]:
    """Placeholder values (HTML-escaped) for the starter texts."""
    agency, legal = rf["agency"], rf["legal"]
    brand = rf["theme"].get("brand", {})
    values = {
        "region": rf["name"],
        "home_url": home_url,
        "agency": agency["name"],
        "agency_email": agency["email"],
        "agency_phone": f"· Telefon {agency['phone']}" if agency.get("phone") else "",
        "agency_address": f", {agency['address']}" if agency.get("address") else "",
        "responsible": legal.get("responsible") or agency.get("contact_person") or agency["name"],
        "imprint_url": legal["imprint_url"],
        "privacy_url": legal["privacy_url"],
        "accessibility_contact": legal.get("accessibility_contact") or agency["email"],
        "primary_color": brand.get("primary_color", "#0b5a8c"),
    }
    values = {key: escape(value) for key, value in values.items()}
    values["school_button_code"] = escape(SCHOOL_BUTTON.format(**values))
    url = legal.get("accessibility_url")
    values["accessibility_link"] = (
        f'<p>Erklärung zur Barrierefreiheit: <a href="{escape(url)}">{escape(url)}</a></p>'
        if url
        else ""
    )
    return values


def school_button_html(rf, home_url: str) -> str:
    """The copy-paste button for school websites (plain HTML, inline style, no requests)."""
    return SCHOOL_BUTTON.format(**page_context(rf, home_url))
