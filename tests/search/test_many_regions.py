"""A query over many regions (more than pg_sql.PRUNING_REGIONS, as the portal sends every
active region) checks the region on the candidate rows instead of in an index condition:
it must still never return a document of a region it does not name."""

import pytest
from django.utils import timezone

from search.backends import pg_sql
from search.backends.postgres import PostgresBackend
from search.documents import SearchDocument
from search.query import SearchQuery

NAMED = [f"region{n:02d}" for n in range(pg_sql.PRUNING_REGIONS + 2)]


def offer(region, pk):
    return SearchDocument(
        region=region, region_name=region.title(), kind="offer", object_id=pk,
        title=f"Ausbildung Maurer:in {pk}", url=f"/angebote/{pk}/", subtitle="Bau GmbH",
        occupations_text="Maurer:in", body="", place="Jena", offer_type="ausbildungsplatz",
        published_at=timezone.now(),
    )  # fmt: skip


@pytest.fixture
def backend(db, taxonomies, settings):
    settings.SEARCH_BACKEND = "postgres"
    return PostgresBackend()


@pytest.mark.parametrize("q", ["Maurer", ""])
def test_a_query_over_many_regions_never_returns_an_unnamed_region(backend, q):
    # given one offer in each named region and one in a region the query does not name
    backend.upsert([offer(region, n) for n, region in enumerate(NAMED)] + [offer("secret", 99)])
    # when searching (with text and browsing) over the named regions
    result = backend.search(SearchQuery(q=q, regions=NAMED, page_size=50))
    # then every named region's offer and nothing of the other region, also in the facets
    assert sorted(h.region for h in result.results) == NAMED
    assert result.count == len(NAMED)
    assert sorted(f.value for f in result.facets["region"]) == NAMED


def test_a_query_over_many_regions_with_a_type_filter_keeps_the_filter(backend):
    # given offers of two types in the named regions and the unnamed one
    docs = [offer(region, n) for n, region in enumerate(NAMED)] + [offer("secret", 99)]
    docs[0].offer_type = "ferienjob"
    backend.upsert(docs)
    # when filtering by one type over the named regions
    result = backend.search(
        SearchQuery(q="Maurer", regions=NAMED, offer_types=["ferienjob"], page_size=50)
    )
    # then only the named region's offer of that type
    assert [(h.region, h.offer_type) for h in result.results] == [(NAMED[0], "ferienjob")]
