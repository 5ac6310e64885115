"""Elasticsearch 9 backend: one index behind an alias, documents "{region}:{kind}:{pk}".

Zero-downtime reindex: a full rebuild fills a new index and swaps the alias atomically.
Spelling ("did you mean") reuses the vocabulary table that PostgreSQL always keeps, so both
backends suggest the same words.
"""

from __future__ import annotations

import datetime as dt
import logging
import math

from django.conf import settings
from django.utils import timezone

from ..documents import KIND_LABELS, SearchDocument
from ..query import FacetValue, SearchHit, SearchQuery, SearchResult
from . import region_hosts
from .es_index import SYNONYMS_SET, index_settings, mappings, synonym_rules

logger = logging.getLogger("einblick.search")

FACET_FIELDS = {
    "kind": "kind",
    "region": "region",
    "type": "offer_type",
    "field": "fields",
    "occupation": "occupations",
    "target": "target_groups",
    "benefit": "benefits",
}
SEARCH_FIELDS = ["title^4", "subtitle^2", "occupations_text^2", "body", "place"]


def _source(doc: SearchDocument) -> dict:
    from ..backends.postgres import _terms

    src = doc.as_dict()
    lat, lon = src.pop("latitude"), src.pop("longitude")
    src["location"] = {"lat": lat, "lon": lon} if lat is not None and lon is not None else None
    for name in ("period_start", "period_end", "published_at", "expires_at"):
        if src[name] is not None:
            src[name] = src[name].isoformat()
    src["key"] = doc.key
    src["suggest"] = {"input": sorted({display for _, display in _terms(doc)})}
    return src


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url: str, alias: str, timeout: float = 5.0):
        from elasticsearch import Elasticsearch

        self.alias = alias
        self.client = Elasticsearch(url, request_timeout=timeout, max_retries=1)

    @classmethod
    def from_settings(cls) -> ElasticsearchBackend:
        url = getattr(settings, "ELASTICSEARCH_URL", "")
        if not url:
            raise RuntimeError("SEARCH_BACKEND=elasticsearch needs ELASTICSEARCH_URL")
        alias = getattr(settings, "SEARCH_ES_INDEX", "einblick-search")
        return cls(url, alias, getattr(settings, "SEARCH_ES_TIMEOUT", 5.0))

    # --- index management -------------------------------------------------------------
    def sync_synonyms(self) -> None:
        from ..synonyms import synonym_lines

        rules = synonym_rules(synonym_lines()) or [{"id": "rule-0", "synonyms": "azubi, azubi"}]
        self.client.synonyms.put_synonym(id=SYNONYMS_SET, synonyms_set=rules)

    def create_index(self) -> str:
        name = f"{self.alias}-{timezone.now():%Y%m%d%H%M%S%f}"
        self.sync_synonyms()
        self.client.indices.create(index=name, settings=index_settings(), mappings=mappings())
        return name

    def ensure_index(self) -> None:
        if not self.client.indices.exists_alias(name=self.alias):
            name = self.create_index()
            self.client.indices.update_aliases(
                actions=[{"add": {"index": name, "alias": self.alias}}]
            )

    def swap_alias(self, new_index: str) -> None:
        old = []
        if self.client.indices.exists_alias(name=self.alias):
            old = list(self.client.indices.get_alias(name=self.alias).keys())
        actions = [{"remove": {"index": i, "alias": self.alias}} for i in old]
        actions.append({"add": {"index": new_index, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)  # atomic
        for index in old:
            if index != new_index:
                self.client.indices.delete(index=index)

    def refresh(self) -> None:
        self.client.indices.refresh(index=self.alias)

    def create_fresh_index_for_tests(self) -> None:
        self.drop_test_index()
        self.swap_alias(self.create_index())

    def drop_test_index(self) -> None:
        if self.client.indices.exists_alias(name=self.alias):
            for index in self.client.indices.get_alias(name=self.alias):
                self.client.indices.delete(index=index)

    # --- writes -------------------------------------------------------------------------
    def _bulk(self, actions: list[dict], index: str | None = None) -> None:
        from elasticsearch import helpers

        if not actions:
            return
        target = index or self.alias
        for a in actions:
            a["_index"] = target
        # deleting what is already gone is fine (404); every other error raises
        helpers.bulk(self.client, actions, refresh=False, ignore_status=(404,))

    def upsert(self, docs: list[SearchDocument], index: str | None = None) -> None:
        if index is None:
            self.ensure_index()
        self._bulk([{"_id": d.key, "_source": _source(d)} for d in docs], index)

    def delete(self, keys: list[str]) -> None:
        if keys:
            self.ensure_index()
            self._bulk([{"_op_type": "delete", "_id": k} for k in keys])

    def delete_region(self, region: str) -> None:
        self.client.delete_by_query(
            index=self.alias, query={"term": {"region": region}}, conflicts="proceed"
        )

    def purge_expired(self) -> list[str]:
        self.client.delete_by_query(
            index=self.alias, query={"range": {"expires_at": {"lte": "now"}}}, conflicts="proceed"
        )
        return []

    def rebuild_writer(self, full: bool) -> RebuildWriter:
        return RebuildWriter(self, full)

    # --- queries ------------------------------------------------------------------------
    def _filters(self, query: SearchQuery) -> list[dict]:
        filters: list[dict] = [
            {
                "bool": {
                    "should": [
                        {"bool": {"must_not": {"exists": {"field": "expires_at"}}}},
                        {"range": {"expires_at": {"gt": "now"}}},
                    ],
                    "minimum_should_match": 1,
                }
            }
        ]
        if query.regions is not None:
            filters.append({"terms": {"region": list(query.regions)}})
        for values, field in (
            (query.kinds, "kind"),
            (query.offer_types, "offer_type"),
            (query.fields, "fields"),
            (query.occupations, "occupations"),
            (query.target_groups, "target_groups"),
            (query.benefits, "benefits"),
        ):
            if values:
                filters.append({"terms": {field: list(values)}})
        if query.period_from:
            filters.append(_open_range("period_end", "gte", query.period_from))
        if query.period_to:
            filters.append(_open_range("period_start", "lte", query.period_to))
        if query.near is not None and query.radius_km is not None:
            filters.append(
                {
                    "geo_distance": {
                        "distance": f"{query.radius_km}km",
                        "location": {"lat": query.near[0], "lon": query.near[1]},
                    }
                }
            )
        return filters

    def search(self, query: SearchQuery) -> SearchResult:
        result = self._search(query, query.q)
        if result.count == 0 and query.q.strip() and query.correct:
            from .postgres import PostgresBackend

            corrected = PostgresBackend().did_you_mean(query.q, query.regions)
            if corrected:
                retry = self._search(query, corrected)
                if retry.count:
                    retry.suggestion, retry.corrected = corrected, True
                    return retry
        return result

    def _search(self, query: SearchQuery, q: str) -> SearchResult:
        must = (
            [
                {
                    "combined_fields": {
                        "query": q,
                        "fields": SEARCH_FIELDS,
                        "operator": "and",
                    }
                }
            ]
            if q.strip()
            else [{"match_all": {}}]
        )
        sort: list = {
            "relevance": ["_score", {"published_at": {"order": "desc", "missing": "_last"}}],
            "date": [{"published_at": {"order": "desc", "missing": "_last"}}, "_score"],
            "distance": [],
        }[query.sort]
        if query.sort == "distance":
            sort = [
                {
                    "_geo_distance": {
                        "location": {"lat": query.near[0], "lon": query.near[1]},
                        "order": "asc",
                        "unit": "km",
                    }
                },
                "_score",
            ]
        sort.append({"key": "asc"})
        aggs = None
        if query.with_facets:
            aggs = {name: {"terms": {"field": f, "size": 100}} for name, f in FACET_FIELDS.items()}
        response = self.client.search(
            index=self.alias,
            query={"bool": {"must": must, "filter": self._filters(query)}},
            sort=sort,
            from_=query.offset,
            size=query.page_size,
            aggs=aggs,
            track_total_hits=True,
            highlight={
                "encoder": "html",
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "fields": {"body": {"fragment_size": 160, "number_of_fragments": 2}},
            },
        )
        return SearchResult(
            count=response["hits"]["total"]["value"],
            results=self._hits(response["hits"]["hits"], query),
            facets=_facets(response.get("aggregations") or {}) if query.with_facets else {},
            backend_used=self.name,
            page=query.page,
            page_size=query.page_size,
        )

    def _hits(self, raw: list[dict], query: SearchQuery) -> list[SearchHit]:
        from html import escape

        from tenants.utils import region_url

        hosts = region_hosts()
        hits = []
        for h in raw:
            s = h["_source"]
            loc = s.get("location")
            dist = None
            if query.near is not None and loc:
                dist = round(_haversine(query.near, (loc["lat"], loc["lon"])), 1)
            fragments = (h.get("highlight") or {}).get("body")
            snippet = " … ".join(fragments) if fragments else escape((s.get("body") or "")[:200])
            host = hosts.get(s["region"])
            hits.append(
                SearchHit(
                    key=s["key"],
                    region=s["region"],
                    region_name=s.get("region_name", ""),
                    kind=s["kind"],
                    object_id=s["object_id"],
                    title=s["title"],
                    path=s["url"],
                    url=region_url(host, s["url"]) if host else s["url"],
                    employer=s.get("subtitle", "") if s["kind"] != "employer" else "",
                    snippet=snippet,
                    offer_type=s.get("offer_type", ""),
                    period_start=_date(s.get("period_start")),
                    period_end=_date(s.get("period_end")),
                    published_at=_datetime(s.get("published_at")),
                    extra=s.get("extra") or {},
                    score=float(h.get("_score") or 0),
                    distance_km=dist,
                )
            )
        return hits

    def suggest(self, q: str, regions: list[str] | None, limit: int = 8) -> list[str]:
        parts = q.split()
        if not parts or len(parts[-1]) < 2:
            return []
        completion: dict = {"field": "suggest", "size": limit, "skip_duplicates": True}
        if regions is not None:
            completion["contexts"] = {"region": list(regions)}
        response = self.client.search(
            index=self.alias,
            suggest={"words": {"prefix": parts[-1], "completion": completion}},
            source=False,
        )
        options = response["suggest"]["words"][0]["options"]
        words = sorted({o["text"] for o in options}, key=lambda w: (len(w), w.lower()))
        head = " ".join(parts[:-1])
        return [f"{head} {w}".strip() for w in words[:limit]]


class RebuildWriter:
    """Full rebuild: a fresh index, alias swapped at the end, then a catch-up of changes made
    meanwhile (from the PostgreSQL table's indexed_at). Region rebuild: in place."""

    def __init__(self, backend: ElasticsearchBackend, full: bool):
        self.backend = backend
        self.full = full
        self.started = timezone.now() - dt.timedelta(seconds=1)
        self.index = backend.create_index() if full else None
        if not full:
            backend.ensure_index()

    def add(self, docs: list[SearchDocument]) -> None:
        self.backend.upsert(docs, index=self.index) if self.full else self.backend.upsert(docs)

    def delete_stale(self, region: str, kind: str, keys: set[str]) -> None:
        if self.full:
            return  # a fresh index holds nothing stale
        self.backend.client.delete_by_query(
            index=self.backend.alias,
            query={
                "bool": {
                    "filter": [{"term": {"region": region}}, {"term": {"kind": kind}}],
                    "must_not": [{"ids": {"values": sorted(keys)}}],
                }
            },
            conflicts="proceed",
        )

    def finish(self) -> None:
        if not self.full:
            return
        self.backend.client.indices.refresh(index=self.index)
        self.backend.swap_alias(self.index)
        self._catch_up()

    def _catch_up(self) -> None:
        """Changes drained while the new index was filling went to the old one: replay them."""
        from ..models import IndexedDocument

        changed = IndexedDocument.objects.filter(indexed_at__gte=self.started)
        docs = [_document_from_row(row) for row in changed.iterator(chunk_size=500)]
        self.backend.upsert(docs)

    def abort(self) -> None:
        if self.full and self.index:
            try:
                self.backend.client.indices.delete(index=self.index)
            except Exception as exc:
                logger.warning("search: could not delete unfinished index %s: %s", self.index, exc)


def _document_from_row(row) -> SearchDocument:
    return SearchDocument(
        region=row.region, region_name=row.region_name, kind=row.kind, object_id=row.object_id,
        title=row.title, url=row.url, subtitle=row.subtitle,
        occupations_text=row.occupations_text, body=row.body, place=row.place,
        offer_type=row.offer_type, fields=row.fields, occupations=row.occupations,
        target_groups=row.target_groups, benefits=row.benefits, period_start=row.period_start,
        period_end=row.period_end, latitude=row.latitude, longitude=row.longitude,
        published_at=row.published_at, expires_at=row.expires_at, extra=row.extra,
    )  # fmt: skip


def _open_range(field: str, op: str, value) -> dict:
    return {
        "bool": {
            "should": [
                {"bool": {"must_not": {"exists": {"field": field}}}},
                {"range": {field: {op: value.isoformat()}}},
            ],
            "minimum_should_match": 1,
        }
    }


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _date(value):
    return dt.date.fromisoformat(value[:10]) if value else None


def _datetime(value):
    return dt.datetime.fromisoformat(value) if value else None


def _facets(aggs: dict) -> dict[str, list[FacetValue]]:
    from ..regions import region_names
    from ..registry import facet_labels

    facets = {}
    for name in FACET_FIELDS:
        buckets = (aggs.get(name) or {}).get("buckets") or []
        values = sorted(((b["key"], b["doc_count"]) for b in buckets), key=lambda v: (-v[1], v[0]))
        slugs = [v for v, _ in values]
        if name == "kind":
            labels = KIND_LABELS
        elif name == "region":
            labels = region_names()
        else:
            labels = facet_labels(name, slugs)
        facets[name] = [FacetValue(v, labels.get(v, v), c) for v, c in values]
    return facets
