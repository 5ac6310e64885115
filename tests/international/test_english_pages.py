"""Pages outside the page tree in English under /en/ (issue 20): the 429 page, the pages of
a region in preparation and of a deactivated region; German stays German."""

import pytest
from django.core.cache import caches
from django.db import connection

from tenants.lifecycle import mark_in_preparation

from .german_ui import german_ui


@pytest.fixture
def limits(settings):
    settings.RATELIMIT_ENABLE = True
    settings.EINBLICK_RATELIMITS = {
        "api": "3/m",
        "suggest": "4/m",
        "queries": "1/m",
        "forms": "1/m",
    }
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def _english_page(response, status, vocabulary) -> str:
    html = response.content.decode()
    assert response.status_code == status
    assert '<html lang="en"' in html
    assert german_ui(html, vocabulary) == []
    return html


def test_rate_limit_page_is_english_under_en(limits, jena_client, vocabulary):
    jena_client.get("/en/suche/?q=internship")
    blocked = jena_client.get("/en/suche/?q=internship")

    html = _english_page(blocked, 429, vocabulary)
    assert "Too many requests in a short time." in html
    assert 'href="/en/"' in html
    assert int(blocked["Retry-After"]) >= 1
    assert "Zu viele Anfragen" in jena_client.get("/suche/?q=praktikum").content.decode()


def test_form_posts_under_en_are_limited_with_an_english_page(limits, jena_client, vocabulary):
    jena_client.post("/en/benachrichtigungen/", {"email": "a@example.org"})
    blocked = jena_client.post("/en/benachrichtigungen/", {"email": "a@example.org"})

    _english_page(blocked, 429, vocabulary)


def test_region_in_preparation_answers_in_the_language_of_the_url(
    jena_region, jena_client, vocabulary
):
    mark_in_preparation(jena_region)
    connection.set_schema_to_public()

    english = _english_page(jena_client.get("/en/angebote/"), 404, vocabulary)
    german = jena_client.get("/angebote/").content.decode()

    assert "This employer portal is being prepared" in english
    assert "Dieses Arbeitgeberportal wird gerade vorbereitet" in german
    assert '<html lang="de"' in german


def test_deactivated_region_answers_in_the_language_of_the_url(
    jena_region, jena_client, vocabulary
):
    jena_region.is_active = False
    jena_region.save()
    connection.set_schema_to_public()

    english = _english_page(jena_client.get("/en/angebote/"), 410, vocabulary)
    german = jena_client.get("/angebote/")

    assert 'href="http://localhost:8000/en/"' in english
    assert english.count('translate="no"') == 1
    assert german.status_code == 410
    assert "Dieses Arbeitgeberportal ist nicht mehr online" in german.content.decode()


def test_form_routes_answer_4xx_in_english_under_en(jena, jena_client):
    missing = jena_client.post("/en/veranstaltungen/gibt-es-nicht/anmelden/", {})
    no_list = jena_client.post("/en/benachrichtigungen/", {"source": "gibt-es-nicht"})
    foreign = jena_client.post("/en/benachrichtigungen/", {}, HTTP_ORIGIN="http://evil.example")
    german = jena_client.post("/benachrichtigungen/", {}, HTTP_ORIGIN="http://evil.example")

    assert missing.status_code == 404
    assert '<html lang="en"' in missing.content.decode()
    assert (no_list.status_code, no_list.content.decode()) == (
        400,
        "There are no alerts for this list.",
    )
    assert (foreign.status_code, foreign.content.decode()) == (
        403,
        "Request from another website refused.",
    )
    assert german.content.decode() == "Anfrage von einer fremden Website abgelehnt."
