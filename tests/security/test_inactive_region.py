"""A deactivated region is offline: its host, its admin, cross-region search and region lists."""

import pytest
from django.db import connection

from search.backends.postgres import PostgresBackend
from search.documents import SearchDocument


@pytest.fixture
def jena_inactive(jena_region):
    jena_region.is_active = False
    jena_region.save()
    connection.set_schema_to_public()
    return jena_region


def _doc(region, name, object_id):
    return SearchDocument(
        region=region, region_name=region.title(), kind="employer", object_id=object_id,
        title=f"Zuckerbäckerei {name}", url=f"/arbeitgeber/{name.lower()}/", place=region,
    )  # fmt: skip


def test_host_of_inactive_region_shows_a_german_page_pointing_to_the_portal(
    jena_inactive, jena_client
):
    for path in ("/", "/angebote/", "/suche/?q=Praktikum", "/api/v1/search/?q=a"):
        response = jena_client.get(path)
        html = response.content.decode()
        assert response.status_code == 410, path
        assert "Dieses Arbeitgeberportal ist nicht mehr online" in html
        assert 'href="http://localhost:8000/"' in html
        assert "Content-Security-Policy" in response


def test_admin_of_inactive_region_is_unreachable(jena_inactive, jena_client):
    assert jena_client.get("/cms/").status_code == 410
    assert jena_client.get("/cms/login/").status_code == 410
    login = jena_client.post("/cms/login/", {"username": "x", "password": "y"})
    assert login.status_code == 410
    assert "wagtail" not in login.content.decode().lower()


def test_cross_region_search_and_suggestions_skip_inactive_regions(
    jena_region, portal_client, weimar_client
):
    # given an employer indexed in Jena and one in Weimar
    PostgresBackend().upsert([_doc("jena", "Jenaer", 90001), _doc("weimar", "Weimarer", 90002)])
    before = portal_client.get("/api/v1/search/", {"q": "Zuckerbäckerei"}).json()
    assert {hit["region"] for hit in before["results"]} == {"jena", "weimar"}
    # when Jena is deactivated
    jena_region.is_active = False
    jena_region.save()
    # then the portal, Weimar's scope=all search and suggestions no longer show Jena
    portal = portal_client.get("/api/v1/search/", {"q": "Zuckerbäckerei"}).json()
    assert [hit["region"] for hit in portal["results"]] == ["weimar"]
    widened = weimar_client.get("/api/v1/search/", {"q": "Zuckerbäckerei", "scope": "all"})
    assert [hit["region"] for hit in widened.json()["results"]] == ["weimar"]
    page = portal_client.get("/suche/", {"q": "Zuckerbäckerei"}).content.decode()
    assert "Jenaer" not in page and "Weimarer" in page
    asked = portal_client.get("/api/v1/search/", {"q": "Zuckerbäckerei", "region": "jena"})
    assert asked.status_code == 400
    suggestions = portal_client.get("/api/v1/search/suggest/", {"q": "Jenae"}).json()
    assert suggestions["suggestions"] == []


def test_inactive_region_is_missing_from_every_region_list(
    offers_in_both_regions, jena_inactive, portal_client, client
):
    portal = portal_client.get("/").content.decode()
    assert "jena.localhost" not in portal and "weimar.localhost" in portal
    unknown = client.get("/", HTTP_HOST="nirgendwo.localhost").content.decode()
    assert "jena.localhost" not in unknown and "weimar.localhost" in unknown
    assert portal_client.get("/marken/jena/logo/").status_code == 404
