"""Behaviour every backend must show, run against PostgreSQL and (when configured) Elasticsearch."""

import datetime as dt

from django.utils import timezone

from search.models import Synonym
from search.query import SearchQuery, search, suggest

from .conftest import JENA, WEIMAR


def titles(result):
    return [h.title for h in result.results]


def keys(result):
    return sorted(h.key for h in result.results)


def test_praktika_finds_praktikum_offers(backend):
    # when
    result = search(SearchQuery(q="Praktika", kinds=["offer"]))
    # then
    assert keys(result) == ["jena:offer:1", "weimar:offer:1"]


def test_baecker_transliterated_finds_baecker_with_umlaut(backend):
    result = search(SearchQuery(q="Baecker", regions=["jena"]))
    assert keys(result) == ["jena:employer:1", "jena:offer:1"]
    assert result.results[0].title in ("Praktikum als Bäcker:in (m/w/d)", "Bäckerei Sonnenschein")


def test_umlaut_query_finds_the_same_as_transliteration(backend):
    assert keys(search(SearchQuery(q="Bäcker"))) == keys(search(SearchQuery(q="Baecker")))


def test_typo_mechatroniler_is_corrected_to_mechatroniker(backend):
    # when
    result = search(SearchQuery(q="Mechatroniler"))
    # then
    assert result.suggestion == "Mechatroniker"
    assert result.corrected is True
    assert keys(result) == ["jena:offer:3", "weimar:offer:2"]


def test_ausbildungsplatz_elektro_finds_electrical_apprenticeships(backend):
    result = search(SearchQuery(q="Ausbildungsplatz Elektro", kinds=["offer"]))
    assert keys(result) == ["jena:offer:2", "weimar:offer:2"]


def test_split_compound_query_finds_joined_compound(backend):
    # "Ausbildung Plätze" ~ "Ausbildungsplätze" in the event text
    result = search(SearchQuery(q="Ausbildungs Plätze", kinds=["event"]))
    assert keys(result) == ["weimar:event:1"]


def test_title_ranks_above_description(backend):
    # "Ausbildung" is in three titles and only in the description of none
    result = search(SearchQuery(q="Hotel", regions=["weimar"]))
    assert titles(result)[0] == "Praktikum im Hotel an der Ilm"


def test_full_title_with_gender_marker_finds_the_offer(backend):
    result = search(SearchQuery(q="Ausbildung Kfz-Mechatroniker:in (m/w/d)"))
    assert keys(result) == ["jena:offer:3"]


def test_region_filter_keeps_other_regions_out(backend):
    result = search(SearchQuery(q="Praktikum", regions=["jena"]))
    assert keys(result) == ["jena:offer:1"]


def test_expired_documents_are_never_returned(backend):
    result = search(SearchQuery(q="Ferienjob"))
    assert result.count == 0


def test_facets_count_the_matching_documents(backend):
    result = search(SearchQuery(q="Ausbildung", kinds=["offer"]))
    facets = {name: {v.value: v.count for v in values} for name, values in result.facets.items()}
    assert result.count == 3
    assert facets["type"] == {"ausbildung": 3}
    assert facets["region"] == {"jena": 2, "weimar": 1}
    assert facets["field"] == {"elektro": 2, "fahrzeugtechnik": 1, "metall": 1}


def test_filters_by_taxonomy_slugs(backend):
    result = search(SearchQuery(kinds=["offer"], fields=["elektro"], offer_types=["ausbildung"]))
    assert keys(result) == ["jena:offer:2", "weimar:offer:2"]
    result = search(SearchQuery(benefits=["essen"], kinds=["offer"]))
    assert keys(result) == ["jena:offer:1", "jena:offer:3"]


def test_period_filter_keeps_overlapping_offers(backend):
    result = search(
        SearchQuery(q="Praktikum", period_from=dt.date(2026, 7, 15), period_to=dt.date(2026, 8, 15))
    )
    # the Weimar internship has no period (on request) and stays in
    assert keys(result) == ["jena:offer:1", "weimar:offer:1"]


def test_distance_filter_and_sort(backend):
    # given a visitor in Weimar, 10 km radius (Jena is ~20 km away)
    result = search(SearchQuery(near=WEIMAR, radius_km=10, sort="distance", kinds=["offer"]))
    assert keys(result) == ["weimar:offer:1", "weimar:offer:2"]
    assert result.results[0].distance_km == 0.0
    # and from Jena, everything within 30 km sorted by distance
    result = search(SearchQuery(near=JENA, radius_km=30, sort="distance", kinds=["offer"]))
    assert [h.key for h in result.results][:2] == ["jena:offer:1", "jena:offer:3"]
    assert "weimar:offer:1" in [h.key for h in result.results]


def test_sort_by_date_newest_first(backend):
    result = search(SearchQuery(kinds=["offer"], sort="date"))
    assert [h.key for h in result.results] == [
        "jena:offer:2", "weimar:offer:1", "jena:offer:1", "weimar:offer:2", "jena:offer:3",
    ]  # fmt: skip


def test_first_publication_window_for_alert_digests(backend):
    # given offers first published 1, 2, 3, 5 and 10 days ago
    now = timezone.now()
    window = SearchQuery(
        kinds=["offer"],
        sort="date",
        published_after=now - dt.timedelta(days=6),
        published_before=now - dt.timedelta(days=1, hours=12),
    )
    # then only those published after the start and not after the end are found
    assert [h.key for h in search(window).results] == [
        "weimar:offer:1", "jena:offer:1", "weimar:offer:2",
    ]  # fmt: skip


def test_pagination(backend):
    first = search(SearchQuery(kinds=["offer"], sort="date", page=1, page_size=2))
    third = search(SearchQuery(kinds=["offer"], sort="date", page=3, page_size=2))
    assert (first.count, first.num_pages, len(first.results)) == (5, 3, 2)
    assert [h.key for h in third.results] == ["jena:offer:3"]


def test_snippet_highlights_matches_and_escapes_html(backend):
    result = search(SearchQuery(q="Brötchen"))
    assert result.results[0].snippet.startswith("Du formst <mark>Brötchen</mark>")


def test_result_url_is_absolute_on_the_region_host(backend):
    result = search(SearchQuery(q="Hotel"))
    assert result.results[0].url == "http://weimar.localhost:8000/angebote/praktikum-hotel/"


def test_synonym_from_the_editable_list_applies(backend):
    # given a new everyday variant
    assert search(SearchQuery(q="Backstubenjob")).count == 0
    Synonym.objects.create(terms="Backstubenjob, Bäcker")
    # when / then
    assert keys(search(SearchQuery(q="Backstubenjob", kinds=["offer"]))) == ["jena:offer:1"]


def test_seeded_synonym_kfz_kraftfahrzeug(backend):
    result = search(SearchQuery(q="Kraftfahrzeug Mechatroniker"))
    assert keys(result) == ["jena:offer:3"]


def test_suggest_completes_known_words_per_region(backend):
    assert suggest("Mecha", ["weimar"]) == ["Mechatroniker"]
    assert suggest("Ausbildung Elek", ["jena"]) == ["Ausbildung Elektro", "Ausbildung Elektroniker"]


def test_document_counts_per_region_and_kind_leave_out_expired_and_other_regions(backend):
    from search.query import document_counts

    assert document_counts(["jena", "weimar"]) == {
        ("jena", "offer"): 3,
        ("jena", "employer"): 1,
        ("weimar", "offer"): 2,
        ("weimar", "event"): 1,
    }
    assert document_counts(["weimar"]) == {("weimar", "offer"): 2, ("weimar", "event"): 1}
    assert document_counts([]) == {}


def test_latest_documents_newest_first_in_the_given_regions(backend):
    from search.query import latest

    assert [h.key for h in latest("offer", ["jena", "weimar"], 3)] == [
        "jena:offer:2",
        "weimar:offer:1",
        "jena:offer:1",
    ]
    assert [h.key for h in latest("offer", ["weimar"], 6)] == ["weimar:offer:1", "weimar:offer:2"]
    assert latest("offer", [], 6) == []


def test_backends_implement_the_search_backend_protocol(settings):
    from search.backends.base import SearchBackend
    from search.backends.elasticsearch import ElasticsearchBackend
    from search.backends.postgres import PostgresBackend

    assert isinstance(PostgresBackend(), SearchBackend)
    assert isinstance(ElasticsearchBackend("http://127.0.0.1:9", "einblick-test"), SearchBackend)
