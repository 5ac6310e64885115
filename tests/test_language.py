"""Public pages are German, whatever language the browser prefers."""


def test_english_browser_still_gets_german_pages(jena_client):
    response = jena_client.get("/veranstaltungen/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de"' in body
    assert response.headers.get("Content-Language", "de") == "de"


def test_every_region_header_links_to_search(jena_client, portal_client):
    for client in (jena_client, portal_client):
        assert 'href="/suche/"' in client.get("/").content.decode()
