"""Honest answers, typo tolerance and everyday intents through the API and the page
(PostgreSQL backend, the shipped lexicon from the taxonomies)."""

import pytest
from django.utils import timezone

from search.backends import postgres_backend
from search.documents import SearchDocument


def doc(region, pk, title, offer_type, occupations_text, body="", **kw):
    return SearchDocument(
        region=region, region_name=region.title(), kind="offer", object_id=pk, title=title,
        url=f"/angebote/{pk}/", subtitle=kw.pop("employer", "Betrieb"),
        occupations_text=occupations_text, body=body, place=region.title(),
        offer_type=offer_type, published_at=timezone.now(), **kw,
    )  # fmt: skip


@pytest.fixture
def offers(taxonomies, settings):
    settings.SEARCH_BACKEND = "postgres"
    docs = [
        doc("jena", 1, "Ferienjob im Lager (m/w/d)", "ferienjob", "Ferienjob · Logistik",
            "Pakete packen in den Osterferien."),
        doc("jena", 2, "Ausbildung Elektroniker:in (m/w/d)", "ausbildungsplatz",
            "Elektroniker:in · Elektriker · Elektro"),
        doc("jena", 3, "Ausbildung Tischler:in (m/w/d)", "ausbildungsplatz",
            "Tischler:in · Schreiner · Holz", employer="Holzwerkstatt Saale"),
        doc("jena", 4, "Betriebserkundung für Schulklassen", "kooperationsangebot-schulen",
            "Kooperationsangebot für Schulen", target_groups=["lehrkraefte-schulen"]),
        doc("jena", 5, "Ausbildung Koch/Köchin (m/w/d)", "ausbildungsplatz", "Koch · Küche"),
        doc("weimar", 1, "Schnuppertag Orgelbau (m/w/d)", "schnuppertag", "Orgelbauer:in"),
    ]  # fmt: skip
    postgres_backend().upsert(docs)
    return docs


def api(client, **params):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 200
    return response.json()


def titles(data):
    return [r["title"] for r in data["results"]]


def test_everyday_intent_finds_holiday_jobs_and_names_the_chips(offers, jena_client):
    data = api(jena_client, q="Taschengeld in den Osterferien")
    assert titles(data) == ["Ferienjob im Lager (m/w/d)"]
    assert data["exact"] is True
    assert [(i["label"], i["effect"]) for i in data["intents"]] == [
        ("Geld verdienen", "filter"),
        ("in den Osterferien", "filter"),
    ]


def test_a_typo_is_corrected_with_the_word_from_the_index(offers, jena_client):
    data = api(jena_client, q="Elektirker")
    assert data["corrected"] is True
    assert data["suggestion"] == "Elektriker"
    assert data["exact"] is False
    assert titles(data) == ["Ausbildung Elektroniker:in (m/w/d)"]


def test_praktikum_for_an_occupation_without_one_shows_its_other_offers_as_similar(
    offers, jena_client
):
    data = api(jena_client, q="Praktikum Schreiner")
    assert data["exact"] is False
    assert data["missing"] == []
    assert data["notice"].startswith("Keine genauen Treffer – ähnliche Angebote")
    assert titles(data) == ["Ausbildung Tischler:in (m/w/d)"]
    assert data["intents"][0]["effect"] == "boost"


def test_an_occupation_nobody_offers_is_named_and_generic_results_are_labelled(offers, jena_client):
    data = api(jena_client, q="Ausbildung Astronaut")
    assert data["exact"] is False
    assert data["missing"] == ["Astronaut"]
    assert data["notice"] == (
        "Keine genauen Treffer – ähnliche Angebote: Zu „Astronaut“ gibt es kein Angebot. "
        "Diese passen zum Rest."
    )
    assert sorted(titles(data)) == [
        "Ausbildung Elektroniker:in (m/w/d)",
        "Ausbildung Koch/Köchin (m/w/d)",
        "Ausbildung Tischler:in (m/w/d)",
    ]


def test_a_word_found_only_in_another_region_is_missing_here_and_reveals_nothing(
    offers, jena_client
):
    # given "Orgelbau" exists only in Weimar
    data = api(jena_client, q="Schnuppertag Orgelbau")
    # then Jena's answer names it as missing and shows no Weimar document
    assert data["missing"] == ["Orgelbau"]
    assert all(r["region"] == "jena" for r in data["results"])
    assert data["suggestion"] is None
    # and widened to all regions it is found exactly
    widened = api(jena_client, q="Schnuppertag Orgelbau", scope="all")
    assert (widened["exact"], titles(widened)) == (True, ["Schnuppertag Orgelbau (m/w/d)"])


def test_only_function_words_find_nothing_with_a_hint(offers, jena_client):
    data = api(jena_client, q="was mit der")
    assert (data["count"], data["exact"]) == (0, False)
    assert data["notice"] == "Bitte ein aussagekräftiges Wort eingeben, z. B. einen Beruf."


def test_page_shows_chips_and_the_not_exact_notice_with_ways_out(offers, jena_client):
    html = jena_client.get("/suche/", {"q": "Ausbildung Astronaut", "typ": "ausbildungsplatz"})
    html = html.content.decode()
    assert "Keine genauen Treffer – ähnliche Angebote" in html
    assert "ähnliche Angebote für „Ausbildung Astronaut“" in html
    assert '<span class="visually-hidden">Entfernen: Ausbildung</span>' in html
    assert "In allen Regionen suchen</a>" in html
    assert "Ohne Filter „Angebotsart“ suchen" in html


def test_lexicon_edit_applies_at_once(offers, jena_client):
    from einblick.taxonomy.models import SearchConcept

    assert api(jena_client, q="Brutzeln")["count"] == 0
    SearchConcept.objects.create(
        slug="brutzeln", name="Brutzeln", kind="synonyms", phrases=["Brutzeln", "Koch"]
    )
    assert titles(api(jena_client, q="Brutzeln")) == ["Ausbildung Koch/Köchin (m/w/d)"]


def test_cross_region_queries_rank_a_bounded_candidate_set_and_say_so(offers, settings):
    from search.backends.postgres import PostgresBackend
    from search.query import SearchQuery

    # given a candidate bound of two documents
    settings.SEARCH_CANDIDATES = 2
    backend = PostgresBackend()
    # when a query across regions matches more
    across = backend.search(SearchQuery(q="Ausbildung", regions=["jena", "weimar"]))
    # then the count is the bound and marked as not exact; a region's query stays exact
    assert (across.count, across.count_exact) == (2, False)
    region = backend.search(SearchQuery(q="Ausbildung", regions=["jena"]))
    assert (region.count, region.count_exact) == (3, True)


def test_date_sort_across_regions_takes_the_newest_candidates(offers, settings):
    import datetime as dt

    from search.backends.postgres import PostgresBackend
    from search.query import SearchQuery

    # given an older Weimar offer and a bound of one candidate
    newest = doc("weimar", 9, "Ausbildung Maurer:in (m/w/d)", "ausbildungsplatz", "Maurer")
    newest.published_at = timezone.now() + dt.timedelta(minutes=1)
    PostgresBackend().upsert([newest])
    settings.SEARCH_CANDIDATES = 1
    # when sorted by date across regions
    result = PostgresBackend().search(
        SearchQuery(q="Ausbildung", regions=["jena", "weimar"], sort="date")
    )
    # then the one candidate is the newest match
    assert [h.title for h in result.results] == ["Ausbildung Maurer:in (m/w/d)"]
