"""The language comes from the URL: German unprefixed, English under /en/ (issue 20)."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation
from django_tenants.utils import tenant_context
from wagtail.models import Locale

from einblick.pages.models import HomePage
from tests import factories
from tests.conftest import host_client


def _english_home(region, title="Welcome to Jena"):
    """An English translation of the region's home page, published (Wagtail's own copy)."""
    with tenant_context(region):
        home = HomePage.objects.get(locale__language_code="de")
        english = home.copy_for_translation(Locale.objects.get(language_code="en"))
        english.title = title
        english.save_revision().publish()
    return english


def test_german_urls_stay_german_and_english_lives_under_en(jena_client):
    german = jena_client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    english = jena_client.get("/en/")

    assert german.status_code == 200
    assert '<html lang="de"' in german.content.decode()
    assert german["Content-Language"] == "de"
    assert english.status_code == 200
    assert '<html lang="en"' in english.content.decode()
    assert english["Content-Language"] == "en"


def test_anonymous_english_visitor_gets_no_cookie_and_no_vary_on_accept_language(jena_client):
    for path in ("/en/", "/en/suche/?q=internship", "/en/merkliste/"):
        response = jena_client.get(path)

        assert response.status_code == 200
        assert response.cookies == {}
        assert "accept-language" not in response.get("Vary", "").lower()


def test_every_page_names_both_languages_in_hreflang(jena_client, portal_client):
    jena = jena_client.get("/suche/?q=it").content.decode()
    portal = portal_client.get("/en/").content.decode()

    assert '<link rel="alternate" hreflang="de" href="http://jena.localhost/suche/?q=it">' in jena
    assert (
        '<link rel="alternate" hreflang="en" href="http://jena.localhost/en/suche/?q=it">' in jena
    )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://jena.localhost/suche/?q=it">'
        in jena
    )
    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/">' in portal
    assert '<link rel="alternate" hreflang="de" href="http://localhost/">' in portal


def test_switcher_links_to_the_other_language_and_back(jena_client):
    german = jena_client.get("/suche/").content.decode()
    english = jena_client.get("/en/suche/").content.decode()

    assert 'href="/en/suche/" hreflang="en" lang="en" data-language-switch' in german
    assert 'href="/suche/" hreflang="de" lang="de" data-language-switch' in english
    assert 'hreflang="en" lang="en" data-language-switch' not in english


def test_routes_reverse_into_the_active_language(jena):
    with translation.override("en"):
        assert reverse("search") == "/en/suche/"
        assert reverse("merkliste") == "/en/merkliste/"
    assert reverse("search") == "/suche/"


def test_german_page_is_served_under_en_with_a_note_until_translated(jena, jena_client):
    # given an English home and a German page that has no English version
    _english_home(jena)
    factories.page("Über uns", "ueber-uns", HomePage.objects.get(locale__language_code="de"))
    connection.set_schema_to_public()

    english_home = jena_client.get("/en/").content.decode()
    fallback = jena_client.get("/en/ueber-uns/").content.decode()
    german = jena_client.get("/ueber-uns/").content.decode()

    assert "Welcome to Jena" in english_home
    assert "This page is only available in German." not in english_home
    assert "Über uns" in fallback
    assert "This page is only available in German." in fallback
    assert '<html lang="en"' in fallback
    assert "This page is only available in German." not in german


def test_switcher_on_a_translated_page_leads_to_its_translation(jena, jena_client):
    _english_home(jena)
    connection.set_schema_to_public()

    german = jena_client.get("/").content.decode()
    english = jena_client.get("/en/").content.decode()

    assert 'href="/en/" hreflang="en" lang="en" data-language-switch' in german
    assert 'href="/" hreflang="de" lang="de" data-language-switch' in english


def test_english_version_of_one_region_stays_in_that_region(jena_region, weimar_client):
    # given Jena has an English home page
    _english_home(jena_region, title="Welcome to Jena")

    # when Weimar is visited in English
    weimar = weimar_client.get("/en/").content.decode()

    # then Weimar shows its own (German) home with English UI, nothing of Jena
    assert "Welcome to Jena" not in weimar
    assert '<html lang="en"' in weimar


@pytest.mark.parametrize("slug", ["jena", "weimar"])
def test_every_region_has_an_english_locale(slug, db):
    from tenants.models import Region

    with tenant_context(Region.objects.get(slug=slug)):
        assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["de", "en"]


def test_page_cache_keeps_languages_apart(settings, jena_client):
    settings.PAGE_CACHE_SECONDS = 600
    client = host_client("jena.localhost")
    client.get("/")
    client.get("/en/")

    german = client.get("/")
    english = client.get("/en/")

    assert german["X-Page-Cache"] == "hit"
    assert english["X-Page-Cache"] == "hit"
    assert '<html lang="de"' in german.content.decode()
    assert '<html lang="en"' in english.content.decode()
