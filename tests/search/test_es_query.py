"""The Elasticsearch backend's pure parts: request bodies, response parsing, document sources.

No server and no client mock: these functions only build and read plain dicts. The backend
against a real server is covered by the contract suite (tests/search/test_contract.py, run
when ELASTICSEARCH_URL is set).
"""

import datetime as dt

from search.backends import es_query
from search.backends.elasticsearch import ElasticsearchBackend
from search.backends.es_writer import source
from search.documents import SearchDocument
from search.lexicon import Lexicon
from search.query import SearchQuery
from search.understanding import QueryPlan, understand

NOT_EXPIRED = {
    "bool": {
        "should": [
            {"bool": {"must_not": {"exists": {"field": "expires_at"}}}},
            {"range": {"expires_at": {"gt": "now"}}},
        ],
        "minimum_should_match": 1,
    }
}


def test_search_request_with_text_filters_and_facets():
    # given a filtered full-text query on page 2
    query = SearchQuery(
        q="Bäcker", regions=["jena"], kinds=["offer"], offer_types=["praktikum"],
        benefits=["essen"], period_from=dt.date(2026, 7, 1), page=2, page_size=10,
    )  # fmt: skip
    # when the request is built
    request = es_query.search_request(query, understand(query.q, Lexicon([]), {}))
    # then
    assert request["query"]["bool"]["must"] == [
        {
            "bool": {
                "should": [
                    {
                        "combined_fields": {
                            "query": "backer",
                            "fields": [
                                "title^4",
                                "subtitle^2",
                                "occupations_text^2",
                                "body",
                                "place",
                            ],
                            "operator": "and",
                        }
                    }
                ],
                "minimum_should_match": 1,
            }
        }
    ]
    assert request["query"]["bool"]["filter"] == [
        NOT_EXPIRED,
        {"terms": {"region": ["jena"]}},
        {"terms": {"kind": ["offer"]}},
        {"terms": {"offer_type": ["praktikum"]}},
        {"terms": {"benefits": ["essen"]}},
        {
            "bool": {
                "should": [
                    {"bool": {"must_not": {"exists": {"field": "period_end"}}}},
                    {"range": {"period_end": {"gte": "2026-07-01"}}},
                ],
                "minimum_should_match": 1,
            }
        },
    ]
    assert request["sort"] == [
        "_score",
        {"published_at": {"order": "desc", "missing": "_last"}},
        {"key": "asc"},
    ]
    assert (request["from_"], request["size"], request["track_total_hits"]) == (10, 10, True)
    assert request["aggs"]["field"] == {"terms": {"field": "fields", "size": 100}}
    assert list(request["aggs"]) == [
        "kind",
        "region",
        "type",
        "field",
        "occupation",
        "target",
        "benefit",
    ]
    assert request["highlight"]["encoder"] == "html"


def test_browse_without_text_sorted_by_distance_within_a_radius():
    query = SearchQuery(near=(50.9, 11.5), radius_km=25, sort="distance", with_facets=False)
    request = es_query.search_request(query, QueryPlan())
    assert request["query"]["bool"]["must"] == [{"match_all": {}}]
    assert request["query"]["bool"]["filter"] == [
        NOT_EXPIRED,
        {"geo_distance": {"distance": "25km", "location": {"lat": 50.9, "lon": 11.5}}},
    ]
    assert request["sort"] == [
        {"_geo_distance": {"location": {"lat": 50.9, "lon": 11.5}, "order": "asc", "unit": "km"}},
        "_score",
        {"key": "asc"},
    ]
    assert request["aggs"] is None


def test_date_sort_newest_first():
    request = es_query.search_request(SearchQuery(sort="date"), QueryPlan())
    assert request["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}


def test_suggest_request_and_answer():
    assert es_query.suggest_request("mech", ["weimar"], 8) == {
        "suggest": {
            "words": {
                "prefix": "mech",
                "completion": {
                    "field": "suggest",
                    "size": 8,
                    "skip_duplicates": True,
                    "contexts": {"region": ["weimar"]},
                },
            }
        },
        "source": False,
    }
    assert (
        "contexts"
        not in es_query.suggest_request("mech", None, 8)["suggest"]["words"]["completion"]
    )
    response = {
        "suggest": {
            "words": [
                {
                    "options": [
                        {"text": "Mechatronikerin"},
                        {"text": "Mechaniker"},
                        {"text": "Mechatroniker"},
                    ]
                }
            ]
        }
    }
    assert es_query.suggestions(response, "Ausbildung", 2) == [
        "Ausbildung Mechaniker",
        "Ausbildung Mechatroniker",
    ]


def test_hits_and_facet_counts_from_a_response(settings):
    settings.PUBLIC_PORT = 8000
    raw = [
        {
            "_score": 2.5,
            "_source": {
                "key": "jena:offer:1", "region": "jena", "region_name": "Jena", "kind": "offer",
                "object_id": 1, "title": "Praktikum", "url": "/angebote/p/", "subtitle": "Bäckerei",
                "body": "<b>Brot</b>", "offer_type": "praktikum", "period_start": "2026-07-01",
                "published_at": "2026-06-01T10:00:00+00:00", "location": {"lat": 50.9271, "lon": 11.5892},
            },
        }
    ]  # fmt: skip
    query = SearchQuery(near=(50.9795, 11.3235))
    [hit] = es_query.hits(raw, query, {"jena": "jena.localhost"})
    assert (hit.key, hit.url, hit.employer, hit.snippet) == (
        "jena:offer:1",
        "http://jena.localhost:8000/angebote/p/",
        "Bäckerei",
        "&lt;b&gt;Brot&lt;/b&gt;",
    )
    assert (hit.period_start, hit.period_end, hit.distance_km, hit.score) == (
        dt.date(2026, 7, 1),
        None,
        19.5,
        2.5,
    )
    aggs = {"kind": {"buckets": [{"key": "offer", "doc_count": 3}]}}
    counts = es_query.facet_counts(aggs)
    assert counts["kind"] == [("offer", 3)] and counts["benefit"] == []


def test_document_source_for_the_index():
    doc = SearchDocument(
        region="jena", kind="offer", object_id=7, title="Ausbildung Mechatroniker:in",
        url="/angebote/m/", latitude=50.9, longitude=11.5, period_start=dt.date(2026, 9, 1),
    )  # fmt: skip
    src = source(doc)
    assert src["key"] == "jena:offer:7"
    assert src["location"] == {"lat": 50.9, "lon": 11.5}
    assert "latitude" not in src and src["period_start"] == "2026-09-01"
    assert src["suggest"] == {"input": ["Ausbildung", "Mechatroniker"]}


def test_backend_is_built_from_settings_without_contacting_a_server(settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    settings.SEARCH_ES_INDEX = "einblick-test"
    backend = ElasticsearchBackend.from_settings()
    assert (backend.name, backend.alias) == ("elasticsearch", "einblick-test")


def test_counts_request_and_answer():
    request = es_query.counts_request(["jena", "weimar"])
    assert request["query"]["bool"]["filter"] == [
        NOT_EXPIRED,
        {"terms": {"region": ["jena", "weimar"]}},
    ]
    assert request["aggs"]["regions"]["terms"] == {"field": "region", "size": 2}
    assert request["size"] == 0
    response = {
        "aggregations": {
            "regions": {
                "buckets": [
                    {"key": "jena", "kinds": {"buckets": [{"key": "offer", "doc_count": 3}]}},
                    {"key": "weimar", "kinds": {"buckets": [{"key": "event", "doc_count": 1}]}},
                ]
            }
        }
    }
    assert es_query.counts(response) == {("jena", "offer"): 3, ("weimar", "event"): 1}


def test_first_publication_window_is_a_range_filter():
    start = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
    end = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
    clauses = es_query.filters(SearchQuery(published_after=start, published_before=end))
    assert {"range": {"published_at": {"gt": start.isoformat(), "lte": end.isoformat()}}} in (
        clauses
    )
    assert not any("published_at" in str(c) for c in es_query.filters(SearchQuery()))
