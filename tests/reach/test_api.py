"""The open API /api/v1/: lists and details with the list pages' filters, errors, caching
headers, CORS, region separation, the generated OpenAPI 3.1 schema and its docs page."""

from django_tenants.utils import tenant_context

from tests import factories


def test_openapi_schema_is_3_1_and_describes_every_endpoint(jena, jena_client):
    response = jena_client.get("/api/v1/openapi.json")
    schema = response.json()
    assert response.status_code == 200
    assert schema["openapi"] == "3.1.0"
    assert sorted(schema["paths"]) == [
        "/api/v1/employers/",
        "/api/v1/employers/{slug}/",
        "/api/v1/events/",
        "/api/v1/events/{slug}/",
        "/api/v1/offers/",
        "/api/v1/offers/{slug}/",
        "/api/v1/regions/",
        "/api/v1/search/",
        "/api/v1/search/suggest/",
        "/api/v1/taxonomies/",
    ]
    offer_params = [p["name"] for p in schema["paths"]["/api/v1/offers/"]["get"]["parameters"]]
    assert offer_params == [
        "q", "typ", "berufsfeld", "zielgruppe", "schulstufe", "vorteil", "zeitraum", "von",
        "bis", "verguetung", "arbeitssprache", "ort", "nahe", "umkreis", "sort", "page", "page_size",
    ]  # fmt: skip


def test_portal_schema_has_no_region_lists(portal_client):
    schema = portal_client.get("/api/v1/openapi.json").json()
    assert sorted(schema["paths"]) == [
        "/api/v1/regions/",
        "/api/v1/search/",
        "/api/v1/search/suggest/",
        "/api/v1/taxonomies/",
    ]
    assert portal_client.get("/api/v1/offers/").status_code == 404


def test_docs_page_is_served_from_our_static_files(jena_client):
    response = jena_client.get("/api/v1/docs/")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<script src="/static/ninja/swagger-ui-bundle.js"></script>' in body
    assert "https://" not in body and "http://" not in body
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_offer_list_takes_the_list_filters_and_shows_public_offers_only(jena, jena_client):
    # given two public offers of different types and a draft
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    company = factories.employer("Optik Nord GmbH")
    factories.offer("Ferienjob Lager (m/w/d)", employer_obj=company, type_obj=ferienjob)
    factories.offer("Praktikum Büro", employer_obj=company)
    factories.offer("Entwurf Ferienjob", employer_obj=company, type_obj=ferienjob, live=False)
    # when the API is asked for Ferienjobs
    data = jena_client.get("/api/v1/offers/", {"typ": "ferienjob"}).json()
    # then only the public Ferienjob comes back, with absolute links
    assert data["count"] == 1
    assert data["page"] == 1 and data["num_pages"] == 1 and data["page_size"] == 20
    offer = data["results"][0]
    assert offer["title"] == "Ferienjob Lager (m/w/d)"
    assert offer["type"] == {"slug": "ferienjob", "name": "Ferienjob"}
    assert offer["url"] == "http://jena.localhost/angebote/ferienjob-lager-mwd/"
    assert offer["employer"]["name"] == "Optik Nord GmbH"
    assert jena_client.get("/api/v1/offers/").json()["count"] == 2


def test_offer_detail_and_404_for_drafts_and_other_regions(jena_region, weimar_region, jena_client):
    with tenant_context(weimar_region):
        factories.offer("Praktikum Weimar")
    with tenant_context(jena_region):
        factories.offer("Praktikum Jena", description="<p>Drei Tage im Labor.</p>")
        factories.offer("Entwurf Jena", live=False)
    detail = jena_client.get("/api/v1/offers/praktikum-jena/")
    assert detail.status_code == 200
    assert detail.json()["description"] == "<p>Drei Tage im Labor.</p>"
    for slug in ("praktikum-weimar", "entwurf-jena", "%00"):
        response = jena_client.get(f"/api/v1/offers/{slug}/")
        assert response.status_code == 404
        assert response.json()["error"]["parameter"] == "slug"
    titles = [o["title"] for o in jena_client.get("/api/v1/offers/").json()["results"]]
    assert titles == ["Praktikum Jena"]


def test_bad_parameters_are_400_naming_the_parameter_in_german(jena, jena_client):
    cases = {
        "typ": {"typ": "gibt-es-nicht"},
        "von": {"von": "gestern"},
        "page": {"page": "0"},
        "page_size": {"page_size": "101"},
        "zeitraum": {"zeitraum": "immer"},
        "berufsfeld": {"berufsfeld": "a\x00b"},
    }
    for parameter, params in cases.items():
        response = jena_client.get("/api/v1/offers/", params)
        assert response.status_code == 400, parameter
        assert response.json()["error"]["parameter"] == parameter
    message = jena_client.get("/api/v1/offers/", {"page": "x"}).json()["error"]["message"]
    assert message == "Bitte eine ganze Zahl angeben."
    beyond = jena_client.get("/api/v1/offers/", {"page": "2"})
    assert beyond.status_code == 404
    assert beyond.json()["error"] == {
        "parameter": "page",
        "message": "Diese Seite gibt es nicht (höchstens 1).",
    }


def test_answers_carry_etag_last_modified_and_cors_and_revalidate_with_304(jena, jena_client):
    offer = factories.offer("Praktikum Jena")
    first = jena_client.get("/api/v1/offers/", HTTP_ORIGIN="https://schule.example")
    assert first["Access-Control-Allow-Origin"] == "*"
    assert first["ETag"].startswith('"')
    assert first["Cache-Control"] == "public, max-age=60"
    offer.refresh_from_db()
    assert first["Last-Modified"] == offer.updated_at.strftime("%a, %d %b %Y %H:%M:%S GMT")
    again = jena_client.get("/api/v1/offers/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    error = jena_client.get("/api/v1/offers/", {"page": "0"})
    assert error["Access-Control-Allow-Origin"] == "*"


def test_employer_list_and_detail_with_its_offers(jena_region, weimar_region, jena_client):
    with tenant_context(weimar_region):
        factories.employer("Weimarer Werkstatt")
    with tenant_context(jena_region):
        zeiss = factories.employer("Zeiss Werk")
        factories.employer("Altenpflege Süd")
        factories.employer("Geheim GmbH", live=False)
        factories.offer("Praktikum Optik", employer_obj=zeiss)
    listed = jena_client.get("/api/v1/employers/").json()
    assert [e["name"] for e in listed["results"]] == ["Altenpflege Süd", "Zeiss Werk"]
    assert [e["offer_count"] for e in listed["results"]] == [0, 1]
    detail = jena_client.get("/api/v1/employers/zeiss-werk/").json()
    assert [o["title"] for o in detail["offers"]] == ["Praktikum Optik"]
    assert jena_client.get("/api/v1/employers/geheim-gmbh/").status_code == 404
    assert jena_client.get("/api/v1/employers/weimarer-werkstatt/").status_code == 404


def test_event_list_filters_by_kind_and_shows_upcoming_public_events(jena, jena_client):
    factories.event("Ausbildungsmesse Jena", kind="ausbildungsmesse")
    factories.event("Elternabend Berufswahl", kind="elternabend")
    factories.event("Entwurf Messe", kind="ausbildungsmesse", live=False)
    data = jena_client.get("/api/v1/events/", {"art": "ausbildungsmesse"}).json()
    assert [e["title"] for e in data["results"]] == ["Ausbildungsmesse Jena"]
    assert data["results"][0]["kind_label"] == "Ausbildungsmesse"
    assert data["results"][0]["registration"] == "none"
    detail = jena_client.get("/api/v1/events/elternabend-berufswahl/")
    assert detail.status_code == 200
    assert jena_client.get("/api/v1/events/entwurf-messe/").status_code == 404


def test_taxonomies_list_the_filter_values(jena, jena_client):
    factories.offer_type("ferienjob", "Ferienjob")
    data = jena_client.get("/api/v1/taxonomies/").json()
    assert {"slug": "ferienjob", "name": "Ferienjob"} in data["offer_types"]
    assert data["event_kinds"][0] == {"slug": "ausbildungsmesse", "name": "Ausbildungsmesse"}


def test_regions_lists_the_active_regions(portal_client):
    data = portal_client.get("/api/v1/regions/").json()
    assert {"slug": "jena", "name": "Jena", "url": "http://jena.localhost/"} in data
