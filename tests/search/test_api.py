"""GET /api/v1/search/ and /suggest/ on region hosts and on the portal."""

import json

import pytest


def get(client, path="/api/v1/search/", **params):
    response = client.get(path, params)
    return response.status_code, json.loads(response.content)


def test_region_host_searches_only_its_region(pg_corpus, jena_client):
    status, data = get(jena_client, q="Praktikum")
    assert status == 200
    assert [(r["region"], r["title"]) for r in data["results"]] == [
        ("jena", "Praktikum als Bäcker:in (m/w/d)")
    ]


def test_weimar_only_offer_on_weimar_and_portal_but_not_jena_unless_widened(
    pg_corpus, jena_client, weimar_client, portal_client
):
    q = "Hotel an der Ilm"
    assert [r["title"] for r in get(weimar_client, q=q)[1]["results"]] == [
        "Praktikum im Hotel an der Ilm"
    ]
    assert get(jena_client, q=q)[1]["count"] == 0
    widened = get(jena_client, q=q, scope="all")[1]
    assert [(r["region"], r["region_name"]) for r in widened["results"]] == [("weimar", "Weimar")]
    portal = get(portal_client, q=q)[1]
    assert portal["results"][0]["url"] == "http://weimar.localhost:8000/angebote/praktikum-hotel/"


def test_result_shape(pg_corpus, portal_client):
    status, data = get(portal_client, q="Bäcker", kind="offer")
    assert status == 200
    assert set(data) == {
        "count", "page", "page_size", "num_pages", "results", "facets", "suggestion",
        "corrected", "backend", "degraded", "exact", "notice", "missing", "intents", "count_exact",
    }  # fmt: skip
    hit = data["results"][0]
    assert hit == {
        "region": "jena",
        "region_name": "Jena",
        "kind": "offer",
        "id": 1,
        "title": "Praktikum als Bäcker:in (m/w/d)",
        "url": "http://jena.localhost:8000/angebote/praktikum-baecker/",
        "employer": "Bäckerei Sonnenschein",
        "snippet": hit["snippet"],
        "type": "praktikum",
        "period_start": "2026-07-01",
        "period_end": "2026-07-31",
        "published_at": hit["published_at"],
        "distance_km": None,
        "city": "Jena",
        "language": "de",
    }
    assert data["facets"]["kind"] == [{"value": "offer", "label": "Angebote", "count": 1}]
    assert data["facets"]["region"] == [{"value": "jena", "label": "Jena", "count": 1}]


def test_filters_near_and_sort(pg_corpus, portal_client):
    status, data = get(
        portal_client, near="50.9795,11.3235", radius_km="10", sort="distance", kind="offer"
    )
    assert status == 200
    assert [(r["region"], r["distance_km"]) for r in data["results"]] == [
        ("weimar", 0.0),
        ("weimar", 0.5),
    ]


def test_typo_returns_suggestion(pg_corpus, portal_client):
    data = get(portal_client, q="Mechatroniler")[1]
    assert (data["suggestion"], data["corrected"], data["count"]) == ("Mechatroniker", True, 2)


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"umkreis": "abc", "nahe": "50.9,11.5"}, "umkreis"),
        ({"umkreis": "10"}, "umkreis"),
        ({"umkreis": "0", "nahe": "50.9,11.5"}, "umkreis"),
        ({"nahe": "50.9"}, "nahe"),
        ({"nahe": "95,11"}, "nahe"),
        ({"kind": "job"}, "kind"),
        ({"sort": "distance"}, "sort"),
        ({"sort": "popular"}, "sort"),
        ({"page": "0"}, "page"),
        ({"page_size": "500"}, "page_size"),
        ({"region": "atlantis", "scope": "all"}, "region"),
        ({"region": "weimar"}, "region"),
        ({"scope": "everything"}, "scope"),
        ({"von": "morgen"}, "von"),
        ({"von": "2026-08-01", "bis": "2026-07-01"}, "bis"),
        ({"typ": "prak tikum"}, "typ"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_bad_parameter_gives_400_naming_it(pg_corpus, jena_client, params, parameter):
    status, data = get(jena_client, **params)
    assert status == 400
    assert data["error"]["parameter"] == parameter
    assert data["error"]["message"]


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"radius_km": "abc", "near": "50.9,11.5"}, "radius_km"),
        ({"radius_km": "10"}, "radius_km"),
        ({"near": "95,11"}, "near"),
        ({"from": "morgen"}, "from"),
        ({"from": "2026-08-01", "to": "2026-07-01"}, "to"),
        ({"type": "prak tikum"}, "type"),
        ({"field": "a b"}, "field"),
        ({"occupation": "a b"}, "occupation"),
        ({"target": "a b"}, "target"),
        ({"benefit": "a b"}, "benefit"),
        ({"bis": "2026-07-01", "from": "2026-08-01"}, "bis"),
    ],
)
def test_bad_english_alias_is_named_as_sent(pg_corpus, jena_client, params, parameter):
    status, data = get(jena_client, **params)
    assert status == 400
    assert data["error"]["parameter"] == parameter


def test_english_filter_names_are_aliases_of_the_german_ones(pg_corpus, portal_client):
    # given the same filters under the German and under the former English names
    german = {"q": "Ausbildung", "typ": "ausbildung", "berufsfeld": "elektro", "von": "2026-01-01"}
    english = {"q": "Ausbildung", "type": "ausbildung", "field": "elektro", "from": "2026-01-01"}
    # when both are asked
    status_de, by_german = get(portal_client, **german)
    status_en, by_english = get(portal_client, **english)
    # then they answer alike
    assert (status_de, status_en) == (200, 200)
    assert by_german == by_english
    assert [r["title"] for r in by_german["results"]] == [
        "Ausbildung Elektroniker:in für Betriebstechnik (m/w/d)",
        "Ausbildung Mechatroniker:in (m/w/d)",
    ]


def test_german_location_filters(pg_corpus, portal_client):
    status, data = get(
        portal_client, nahe="50.9795,11.3235", umkreis="10", sort="distance", kind="offer"
    )
    assert status == 200
    assert [(r["region"], r["distance_km"]) for r in data["results"]] == [
        ("weimar", 0.0),
        ("weimar", 0.5),
    ]


def test_suggest_api_is_scoped_to_the_region(pg_corpus, jena_client, weimar_client):
    assert get(weimar_client, "/api/v1/search/suggest/", q="Mech")[1]["suggestions"] == [
        "Mechatroniker"
    ]
    assert get(jena_client, "/api/v1/search/suggest/", q="Hot")[1]["suggestions"] == []
    assert get(jena_client, "/api/v1/search/suggest/", q="Hot", scope="all")[1]["suggestions"] == [
        "Hotel",
        "Hotelfachmann",
    ]
