"""Requests are routed by host: region portals, the public portal, unknown hosts."""


def test_unknown_host_gets_friendly_404_listing_regions(db):
    from django.test import Client

    response = Client(HTTP_HOST="gibtsnicht.localhost").get("/")
    body = response.content.decode()
    assert response.status_code == 404
    assert "Dieses Portal gibt es (noch) nicht" in body
    assert 'href="http://jena.localhost:8000/"' in body
    assert 'href="http://weimar.localhost:8000/"' in body
    assert "Traceback" not in body


def test_public_portal_answers_and_lists_regions(offers_in_both_regions, portal_client):
    response = portal_client.get("/")
    assert response.status_code == 200
    assert "Jena" in response.content.decode()
    assert "Weimar" in response.content.decode()


def test_region_hosts_serve_their_own_home(jena_client, weimar_client):
    assert "<h1>Jena</h1>" in jena_client.get("/").content.decode()
    assert "<h1>Weimar</h1>" in weimar_client.get("/").content.decode()


def test_admin_lives_under_cms_on_every_host(jena_client, weimar_client, portal_client):
    for client in (jena_client, weimar_client, portal_client):
        assert client.get("/cms/login/").status_code == 200
