"""Cross-region date and distance sorts on a bounded candidate set read a narrow window first
(search.backends.pg_sql.narrowings) and still return exactly the first k in that order."""

import datetime as dt

import pytest
from django.utils import timezone

from search.backends.postgres import PostgresBackend
from search.documents import SearchDocument
from search.query import SearchQuery

JENA = (50.9271, 11.5892)
REGIONS = ["jena", "weimar"]


def offer(region, pk, days_old=1, km_north=None):
    latitude = longitude = None
    if km_north is not None:
        latitude, longitude = JENA[0] + km_north / 111.2, JENA[1]
    return SearchDocument(
        region=region, region_name=region.title(), kind="offer", object_id=pk,
        title=f"Ausbildung Maurer:in {pk}", url=f"/angebote/{pk}/", subtitle="Bau GmbH",
        occupations_text="Maurer:in", body="", place="Jena", offer_type="ausbildungsplatz",
        published_at=timezone.now() - dt.timedelta(days=days_old),
        latitude=latitude, longitude=longitude,
    )  # fmt: skip


@pytest.fixture
def backend(db, taxonomies, settings):
    settings.SEARCH_BACKEND = "postgres"
    settings.SEARCH_CANDIDATES = 2
    return PostgresBackend()


def titles(result):
    return [h.title for h in result.results]


def test_date_sort_widens_the_window_until_the_candidate_set_is_full(backend):
    # given three matches, all older than the first windows (14 and 60 days)
    backend.upsert([offer("jena", 1, 300), offer("weimar", 2, 100), offer("jena", 3, 200)])
    # when sorted by date across regions with room for two candidates
    result = backend.search(SearchQuery(q="Maurer", regions=REGIONS, sort="date"))
    # then the two newest, in order, as from an unbounded search
    assert titles(result) == ["Ausbildung Maurer:in 2", "Ausbildung Maurer:in 3"]
    assert (result.count, result.count_exact) == (2, False)
    unbounded = PostgresBackend(candidates=None).search(
        SearchQuery(q="Maurer", regions=REGIONS, sort="date")
    )
    assert titles(unbounded)[:2] == titles(result)


def test_date_sort_stops_at_the_first_window_holding_the_candidate_set(backend):
    # given two new matches and an old one
    backend.upsert([offer("jena", 1, 2), offer("weimar", 2, 1), offer("jena", 3, 400)])
    # when browsing across regions without text (newest first)
    result = backend.search(SearchQuery(regions=REGIONS, kinds=["offer"]))
    # then the two new ones
    assert titles(result) == ["Ausbildung Maurer:in 2", "Ausbildung Maurer:in 1"]


def test_distance_sort_reads_the_inner_ring_first_and_keeps_the_nearest(backend):
    # given matches 1, 8 and 20 km north of Jena
    backend.upsert(
        [
            offer("jena", 1, km_north=20),
            offer("weimar", 2, km_north=1),
            offer("jena", 3, km_north=8),
        ]
    )
    # when searching 25 km around Jena, nearest first, across regions
    result = backend.search(
        SearchQuery(q="Maurer", regions=REGIONS, near=JENA, radius_km=25, sort="distance")
    )
    # then the two nearest, in order (the 5 km ring holds one, the 12.5 km ring both)
    assert titles(result) == ["Ausbildung Maurer:in 2", "Ausbildung Maurer:in 3"]
    assert [round(h.distance_km) for h in result.results] == [1, 8]


def test_a_region_query_is_not_narrowed_and_counts_exactly(backend):
    backend.upsert([offer("jena", 1, 300), offer("jena", 2, 100), offer("jena", 3, 200)])
    result = backend.search(SearchQuery(q="Maurer", regions=["jena"], sort="date"))
    assert (result.count, result.count_exact) == (3, True)
    assert titles(result) == [f"Ausbildung Maurer:in {n}" for n in (2, 3, 1)]
