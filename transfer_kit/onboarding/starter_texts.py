"""German texts the transfer kit adds to the platform's starter pages (from the region file).

Placeholders in braces are filled from the region file (see `page_context`).
"""

from html import escape

SCHOOL_BUTTON = (
    '<a href="{home_url}" style="display:inline-block;padding:0.75em 1.25em;'
    "background:{primary_color};color:#ffffff;border-radius:6px;font-weight:bold;"
    'text-decoration:none">Praktika und Ausbildung in {region} finden</a>'
)

# Appended to the platform's "Für Schulen" page.
SCHOOL_SNIPPET = [
    ("heading", "Button für Ihre Schulwebsite"),
    (
        "text",
        "<p>Verlinken Sie das Portal auf Ihrer Schulwebsite, im Schulmessenger oder im "
        'Elternbrief: <a href="{home_url}">{home_url}</a></p>'
        "<p>Kopieren Sie diesen HTML-Code in Ihre Schulwebsite (im Editor meist unter „HTML“ "
        "oder „Quelltext“). Der Button lädt nichts von fremden Servern und setzt keine "
        "Cookies:</p><p>{school_button_code}</p>"
        "<p>Plakate und Flyer erhalten Sie bei {agency} "
        '(<a href="mailto:{agency_email}">{agency_email}</a>).</p>',
    ),
]

# Appended to the legal pages: the agency's full texts and contacts from the region file.
LEGAL_LINKS = {
    "impressum": (
        "<h3>Anbieterin</h3><p>{agency}{agency_address}</p>"
        "<p>Inhaltlich verantwortlich: {responsible}</p>"
        '<p>Vollständiges Impressum: <a href="{imprint_url}">{imprint_url}</a></p>'
    ),
    "datenschutz": (
        '<p>Vollständige Datenschutzerklärung: <a href="{privacy_url}">{privacy_url}</a></p>'
    ),
    "barrierefreiheit": (
        "<p>Barriere melden: "
        '<a href="mailto:{accessibility_contact}">{accessibility_contact}</a></p>'
        "{accessibility_link}"
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
