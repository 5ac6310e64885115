"""Full-page cache for anonymous visitors: keys, validators, 304, invalidation, isolation."""

import datetime
import re

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.pages.models import StandardPage
from tenants.pagecache import PageCacheMiddleware
from tests import factories
from tests.conftest import host_client
from themes.models import BrandSettings


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def _cache(response) -> str:
    return response.get("X-Page-Cache", "")


def _nonce(response) -> str:
    return re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)


def _page(title="Über uns", slug="ueber-uns"):
    page = factories.page(title, slug)
    connection.set_schema_to_public()
    return page


def test_second_anonymous_request_is_served_from_the_cache_with_validators(jena, jena_client):
    # given a published page
    _page()
    # when it is requested twice
    first = jena_client.get("/ueber-uns/")
    second = jena_client.get("/ueber-uns/")
    # then the second answer comes from the cache, identical, with validators for proxies
    assert (_cache(first), _cache(second)) == ("miss", "hit")
    assert second.status_code == 200
    assert first["ETag"] == second["ETag"]
    assert first["Last-Modified"] == second["Last-Modified"]
    assert second["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert second["Vary"] == "Cookie"
    assert "Über uns" in second.content.decode()
    assert "Set-Cookie" not in second


def test_conditional_requests_are_answered_with_304(jena, jena_client):
    _page()
    first = jena_client.get("/ueber-uns/")

    by_etag = jena_client.get("/ueber-uns/", HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = jena_client.get("/ueber-uns/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    other = jena_client.get("/ueber-uns/", HTTP_IF_NONE_MATCH='"something-else"')

    assert (by_etag.status_code, by_etag.content) == (304, b"")
    assert by_etag["ETag"] == first["ETag"]
    assert by_date.status_code == 304
    assert other.status_code == 200
    # the browser keeps the stored page and its nonce: a 304 sends no new policy
    assert "Content-Security-Policy" not in by_etag


def test_every_cached_answer_gets_a_fresh_nonce_that_matches_its_policy(jena, jena_client):
    _page()
    jena_client.get("/ueber-uns/")

    hits = [jena_client.get("/ueber-uns/") for _ in range(2)]

    nonces = [_nonce(hit) for hit in hits]
    assert nonces[0] != nonces[1]
    for hit, nonce in zip(hits, nonces, strict=True):
        assert f'<style nonce="{nonce}">' in hit.content.decode()


def test_logged_in_users_are_never_served_nor_stored(jena, jena_client):
    _page()
    with tenant_context(jena):
        jena_client.force_login(factories.user("redakteurin", superuser=True))

    logged_in = [jena_client.get("/ueber-uns/") for _ in range(2)]
    anonymous = host_client("jena.localhost").get("/ueber-uns/")

    assert [_cache(r) for r in logged_in] == ["", ""]
    assert "private" in logged_in[1]["Cache-Control"]
    assert _cache(anonymous) == "miss"


def test_responses_that_set_a_cookie_are_not_stored(jena):
    # given a view that sets a cookie, behind the page cache
    def view(request):
        response = HttpResponse("<p>Hallo</p>", content_type="text/html")
        response.set_cookie("hinweis", "1")
        return response

    middleware = PageCacheMiddleware(view)
    request = RequestFactory().get("/keks/", HTTP_HOST="jena.localhost")
    request.tenant = jena
    # when it is requested twice, then both answers are rendered afresh
    assert [_cache(middleware(request)) for _ in range(2)] == ["", ""]


def test_publish_and_unpublish_are_visible_on_the_next_request(jena, jena_client):
    page = _page("Alte Fassung", "seite")
    jena_client.get("/seite/")
    with tenant_context(jena):
        page = StandardPage.objects.get(pk=page.pk)
        page.title = "Neue Fassung"
        page.save_revision().publish()

    published = jena_client.get("/seite/")
    with tenant_context(jena):
        StandardPage.objects.get(pk=page.pk).unpublish()
    unpublished = jena_client.get("/seite/")

    assert _cache(published) == "miss"
    assert "Neue Fassung" in published.content.decode()
    assert unpublished.status_code == 404


def test_offer_publish_taxonomy_brand_and_menu_changes_invalidate(jena, jena_client, taxonomies):
    _page()
    jena_client.get("/ueber-uns/")
    assert _cache(jena_client.get("/ueber-uns/")) == "hit"

    def changed(change) -> bool:
        jena_client.get("/ueber-uns/")
        with tenant_context(jena):
            change()
        return _cache(jena_client.get("/ueber-uns/")) == "miss"

    def brand():
        settings = BrandSettings.load()
        settings.portal_name = "Karriere Jena"
        settings.save()

    def menu():
        page = StandardPage.objects.get(slug="ueber-uns")
        page.show_in_menus = not page.show_in_menus
        page.save_revision().publish()

    def taxonomy():
        from einblick.taxonomy.models import OccupationalField

        field = OccupationalField.objects.first()
        field.name = "Neu benannt"
        field.save()

    assert changed(lambda: factories.offer("Neues Praktikum (m/w/d)"))
    assert changed(brand)
    assert changed(menu)
    assert changed(taxonomy)
    assert "Karriere Jena" in jena_client.get("/ueber-uns/").content.decode()


def test_an_offer_expiring_later_leaves_the_cached_list_at_its_expiry(
    jena, jena_client, monkeypatch
):
    expiry = timezone.now() + datetime.timedelta(hours=2)
    factories.offer("Bald vorbei (m/w/d)", expire_at=expiry)
    connection.set_schema_to_public()
    jena_client.get("/angebote/")  # first visit creates the region's list settings row
    before = jena_client.get("/angebote/")
    assert _cache(jena_client.get("/angebote/")) == "hit"

    later = expiry + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    after = jena_client.get("/angebote/")

    assert "Bald vorbei" in before.content.decode()
    assert _cache(after) == "miss"
    assert "Bald vorbei" not in after.content.decode()


def test_regions_never_share_cached_pages(jena, jena_client, weimar_client, weimar_region):
    with tenant_context(weimar_region):
        factories.page("Weimar intern", "ueber-uns")
    _page("Jena intern", "ueber-uns")
    jena_client.get("/ueber-uns/")
    weimar_client.get("/ueber-uns/")
    assert _cache(weimar_client.get("/ueber-uns/")) == "hit"

    with tenant_context(jena):
        factories.page("Noch eine Seite", "noch-eine")
    jena_page = jena_client.get("/ueber-uns/")
    weimar_page = weimar_client.get("/ueber-uns/")

    assert "Jena intern" in jena_page.content.decode()
    assert "Jena intern" not in weimar_page.content.decode()
    assert "Weimar intern" in weimar_page.content.decode()
    # Jena's change did not throw Weimar's pages away
    assert (_cache(jena_page), _cache(weimar_page)) == ("miss", "hit")


def test_portal_home_is_cached_and_follows_region_changes(jena, portal_client):
    connection.set_schema_to_public()
    portal_client.get("/")
    assert _cache(portal_client.get("/")) == "hit"

    with tenant_context(jena):
        factories.employer("Neue Firma GmbH")

    assert _cache(portal_client.get("/")) == "miss"
