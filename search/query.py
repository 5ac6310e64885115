"""The one query API used by the search pages and the JSON API.

    from search.query import SearchQuery, search
    result = search(SearchQuery(q="Praktikum Bäcker", regions=["jena"], kinds=["offer"]))

`regions=None` searches every region. The backend comes from settings.SEARCH_BACKEND; when
Elasticsearch fails, the query is answered from PostgreSQL (`result.degraded` is then True).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from .documents import KINDS

logger = logging.getLogger("einblick.search")

SORTS = ("relevance", "date", "distance")
FACETS = ("kind", "region", "type", "field", "occupation", "target", "benefit")
MAX_PAGE_SIZE = 50


@dataclass
class SearchQuery:
    q: str = ""
    regions: list[str] | None = None  # None: all regions
    kinds: list[str] = field(default_factory=list)
    offer_types: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    occupations: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    benefits: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)  # spoken at work: any of them
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    near: tuple[float, float] | None = None  # (lat, lon)
    radius_km: float | None = None
    # first published in (published_after, published_before]: the digests of search alerts
    published_after: dt.datetime | None = None
    published_before: dt.datetime | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    with_facets: bool = True
    correct: bool = True  # on zero hits, retry with the "did you mean" suggestion

    def __post_init__(self):
        for kind in self.kinds:
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r}")
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}")
        if self.sort == "distance" and self.near is None:
            raise ValueError("sort=distance needs a location (near)")
        if self.radius_km is not None and self.near is None:
            raise ValueError("radius_km needs a location (near)")
        self.page = max(1, int(self.page))
        self.page_size = min(MAX_PAGE_SIZE, max(1, int(self.page_size)))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


@dataclass
class SearchHit:
    key: str
    region: str
    region_name: str
    kind: str
    object_id: int
    title: str
    url: str  # absolute URL on the region host
    path: str
    employer: str = ""
    snippet: str = ""  # HTML: escaped text with <mark> around matches
    offer_type: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    published_at: dt.datetime | None = None
    distance_km: float | None = None
    score: float = 0.0
    extra: dict = field(default_factory=dict)
    language: str = "de"  # of title and snippet (search.localise)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    language: str = "de"  # of the label: "en" where the domain gave an English one


@dataclass
class SearchResult:
    count: int
    results: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None  # "did you mean" (the results are for it when corrected)
    corrected: bool = False
    backend_used: str = "postgres"
    degraded: bool = False  # True when the configured backend failed and PostgreSQL answered
    page: int = 1
    page_size: int = 20
    # honest answers (search.answering): False when nothing matches the query exactly
    exact: bool = True
    notice: str = ""  # German sentence for the user when not exact
    missing: list[str] = field(default_factory=list)  # query words that match nothing
    intents: list[dict] = field(default_factory=list)  # recognised everyday phrases (chips)
    count_exact: bool = True  # False: `count` is a lower bound (bounded candidate set)

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.page_size))


def search(query: SearchQuery) -> SearchResult:
    from .backends import get_backend, postgres_backend, record_failure, record_success

    backend = get_backend()
    if backend.name == "postgres":
        return backend.search(query)
    try:
        result = backend.search(query)
    except Exception as exc:  # any transport/HTTP failure: answer from PostgreSQL instead
        logger.warning("search backend %s failed, answering from PostgreSQL: %s", backend.name, exc)
        record_failure(backend.name, exc)
        result = postgres_backend().search(query)
        result.degraded = True
        return result
    record_success(backend.name)
    return result


def suggest(q: str, regions: list[str] | None = None, limit: int = 8) -> list[str]:
    """Autocomplete: completions for what has been typed so far."""
    from .backends import get_backend, postgres_backend, record_failure

    backend = get_backend()
    try:
        return backend.suggest(q, regions, limit)
    except Exception as exc:
        if backend.name == "postgres":
            raise
        logger.warning("suggest on %s failed, answering from PostgreSQL: %s", backend.name, exc)
        record_failure(backend.name, exc)
        return postgres_backend().suggest(q, regions, limit)


def document_counts(regions: list[str]) -> dict[tuple[str, str], int]:
    """(region, kind) → number of current (published, not expired) documents."""
    return _with_fallback("counts", list(regions))


def latest(kind: str, regions: list[str], limit: int) -> list[SearchHit]:
    """The newest current documents of one kind in some regions."""
    return _with_fallback("latest", kind, list(regions), limit)


def _with_fallback(method: str, *args):
    from .backends import get_backend, postgres_backend, record_failure, record_success

    backend = get_backend()
    if backend.name == "postgres":
        return getattr(backend, method)(*args)
    try:
        answer = getattr(backend, method)(*args)
    except Exception as exc:
        logger.warning("%s on %s failed, answering from PostgreSQL: %s", method, backend.name, exc)
        record_failure(backend.name, exc)
        return getattr(postgres_backend(), method)(*args)
    record_success(backend.name)
    return answer
