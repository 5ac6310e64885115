"""Every public page type in English has no German UI text left, and switches back (issue 20).

The Jena demo (small scale) gives real pages of every type; the crawl opens one URL of each
live page type, the detail pages of offers, employers and events, the list filters,
pagination, search, Merkliste and the 404 page under /en/, on the region host and on the
portal, and scans them with tests/international/german_ui.py. Editors' German text is
marked `lang="de"` and left out; UI text must come from the English catalog.
"""

import re

import pytest
from django.utils import translation
from django_tenants.utils import tenant_context
from wagtail.models import Page

from einblick.demo.management.commands.load_demo_content import load_region
from einblick.employers.models import Employer
from einblick.engagement import enquiries
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.taxonomy.models import TAXONOMY_MODELS, SearchConcept
from tenants.language import url_in_language

from .german_ui import german_labels, german_ui, ui_text

MISSING = "/en/gibt-es-nicht/"
PORTAL_URLS = [
    "/en/",
    "/en/suche/?q=praktikum",
    "/en/suche/?q=internship+IT",
    "/en/merkliste/",
    "/en/berufe-mit-zukunft/",
    "/en/impressum/",
    "/en/datenschutz/",
    "/en/barrierefreiheit/",
    MISSING,
]
SWITCH = re.compile(r'<a [^>]*href="([^"]+)" hreflang="de" lang="de" data-language-switch>')


@pytest.fixture
def taxonomy_labels(taxonomies) -> set[str]:
    """German names (and short names) of the shared taxonomy entries that have English ones."""
    labels = set()
    for model in TAXONOMY_MODELS.values():
        if model is SearchConcept:  # search words, shown as typed
            continue
        for entry in model.objects.exclude(name_en=""):
            pairs = [(entry.name, entry.name_en)]
            if hasattr(entry, "short_name"):
                pairs.append((entry.short_name, entry.short_name_en or entry.name_en))
            labels |= {german for german, english in pairs if german and german != english}
    return labels


@pytest.fixture
def jena_demo(taxonomies, jena_region):
    load_region(jena_region, scale=0.3)
    return jena_region


def _english(url: str) -> str:
    return url_in_language(url, "en")


def region_urls(region) -> list[str]:
    """One English URL of every live page type, the detail pages and list variants."""
    with tenant_context(region), translation.override("de"):
        seen, urls = set(), []
        for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
            if type(page) not in seen and page.url:
                seen.add(type(page))
                urls.append(page.url)
        offer_list = [u for u in urls if u.rstrip("/").endswith("angebote")][0]
        urls += [
            Offer.objects.filter(live=True, title_en="").first().get_url(),
            Offer.objects.exclude(title_en="").filter(live=True).first().get_url(),
            Employer.objects.filter(live=True).first().get_url(),
            Event.objects.filter(live=True).order_by("-start").first().get_url(),
            offer_list + "?seite=2",
            offer_list + "?arbeitssprache=en&typ=gibt-es-nicht",
            "/suche/?q=praktikum",
            "/suche/?q=internship+IT",
            "/merkliste/",
            "/unternehmen/zugang-anfragen/",
            "/gibt-es-nicht/",
        ]
    return [_english(url) for url in urls]


def _scan(client, urls, vocabulary, labels) -> dict:
    """German UI text and German names of translated taxonomy entries, by URL."""
    findings = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == (404 if url == MISSING else 200), url
        html = response.content.decode()
        assert '<html lang="en"' in html, url
        if german := german_ui(html, vocabulary) + german_labels(html, labels):
            findings[url] = german
    return findings


def test_every_region_page_type_is_english(jena_demo, jena_client, vocabulary, taxonomy_labels):
    urls = region_urls(jena_demo)
    assert len(urls) >= 20

    assert _scan(jena_client, urls, vocabulary, taxonomy_labels) == {}


def test_every_portal_page_type_is_english(jena_demo, portal_client, vocabulary, taxonomy_labels):
    assert _scan(portal_client, PORTAL_URLS, vocabulary, taxonomy_labels) == {}


def test_form_answers_and_error_states_are_english(
    jena_demo, jena_client, vocabulary, taxonomy_labels
):
    with tenant_context(jena_demo), translation.override("en"):
        offers = Offer.objects.filter(live=True).select_related("employer")[:50]
        offer = next(o for o in offers if enquiries.recipient_for(o.employer, o))
        event = Event.objects.filter(live=True).order_by("-start").first()
    posts = [
        ("/en/benachrichtigungen/", {"email": "no-at"}),  # alert: field errors
        ("/en/benachrichtigungen/", {"source": "events", "art": "x", "email": "a@b.example"}),
        (f"/en/anfragen/angebot/{offer.slug}/", {"email": "no-at"}),  # enquiry errors
        (f"/en/veranstaltungen/{event.slug}/anmelden/", {"email": "no-at"}),  # registration
        ("/en/unternehmen/zugang-anfragen/", {"company": "Krume"}),  # company access
    ]
    findings = {}
    for url, data in posts:
        response = jena_client.post(url, data)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert '<html lang="en"' in html, url
        if german := german_ui(html, vocabulary) + german_labels(html, taxonomy_labels):
            findings[url] = german

    assert findings == {}


def test_language_switch_leads_back_to_the_german_page(jena_demo, jena_client, portal_client):
    for client, urls in ((jena_client, region_urls(jena_demo)[:12]), (portal_client, PORTAL_URLS)):
        for url in urls:
            html = client.get(url).content.decode()
            german_url = SWITCH.search(html).group(1).replace("&amp;", "&")
            assert not german_url.startswith("/en/"), url
            response = client.get(german_url)
            assert response.status_code in (200, 404), german_url
            assert '<html lang="de"' in response.content.decode(), german_url


def test_scan_finds_a_german_string_without_translate_tag(vocabulary):
    html = (
        '<html lang="en"><head><title>Seite</title></head><body>'
        '<main><h1 lang="de">Praktikum in der Bäckerei</h1>'
        '<p translate="no">Müller &amp; Söhne</p>'
        "<p>Hier klicken</p>"
        '<button aria-label="Schließen">x</button>'
        '<input type="submit" value="Filters"></main></body></html>'
    )

    assert ui_text(html) == ["Hier klicken", "Schließen", "x", "Filters"]
    assert german_ui(html, vocabulary) == ["Hier: Hier klicken", "Schließen: Schließen"]


def test_scan_finds_a_german_taxonomy_name_even_when_marked():
    html = (
        '<html lang="en"><body><main><ul><li lang="de">Ferienjob</li><li>Holiday job</li>'
        '<li lang="de">Ferienjob im Lager</li></ul></main></body></html>'
    )

    assert german_labels(html, {"Ferienjob"}) == ["taxonomy: Ferienjob"]
