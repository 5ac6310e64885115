"""Elasticsearch request bodies and response parsing: pure functions, no client, no server.

`search_request(query, plan)` and `suggest_request(...)` build the keyword arguments of
`Elasticsearch.search`; `hits(...)`, `facet_counts(...)` and `suggestions(...)` read its answer.
"""

from __future__ import annotations

import datetime as dt
import math
from html import escape, unescape

from .. import snippets
from ..query import SearchHit, SearchQuery

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
EARTH_KM = 6371.0088
HIGHLIGHT = {
    "encoder": "html",
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    # fragments end at a sentence or, in a long sentence, at a word (unified highlighter);
    # without a match the start of the text, also ending at a word (no_match_size)
    "fields": {
        "body": {
            "fragment_size": 160,
            "number_of_fragments": 2,
            "boundary_scanner": "sentence",
            "boundary_scanner_locale": "de-DE",
            "no_match_size": snippets.LENGTH,
        }
    },
}

NOT_EXPIRED = {
    "bool": {
        "should": [
            {"bool": {"must_not": {"exists": {"field": "expires_at"}}}},
            {"range": {"expires_at": {"gt": "now"}}},
        ],
        "minimum_should_match": 1,
    }
}


def filters(query: SearchQuery) -> list[dict]:
    """Filter clauses: not expired, regions, facet values, period overlap, radius."""
    result: list[dict] = [NOT_EXPIRED]
    if query.regions is not None:
        result.append({"terms": {"region": list(query.regions)}})
    for values, field in (
        (query.kinds, "kind"),
        (query.offer_types, "offer_type"),
        (query.fields, "fields"),
        (query.occupations, "occupations"),
        (query.target_groups, "target_groups"),
        (query.benefits, "benefits"),
        (query.languages, "languages"),
    ):
        if values:
            result.append({"terms": {field: list(values)}})
    if query.period_from:
        result.append(_open_range("period_end", "gte", query.period_from.isoformat()))
    if query.period_to:
        result.append(_open_range("period_start", "lte", query.period_to.isoformat()))
    published = {}
    if query.published_after:
        published["gt"] = query.published_after.isoformat()
    if query.published_before:
        published["lte"] = query.published_before.isoformat()
    if published:
        result.append({"range": {"published_at": published}})
    if query.near is not None and query.radius_km is not None:
        result.append(
            {
                "geo_distance": {
                    "distance": f"{query.radius_km}km",
                    "location": {"lat": query.near[0], "lon": query.near[1]},
                }
            }
        )
    return result


def sort_clause(query: SearchQuery) -> list:
    newest = {"published_at": {"order": "desc", "missing": "_last"}}
    if query.sort == "distance":
        location = {"lat": query.near[0], "lon": query.near[1]}
        sort: list = [
            {"_geo_distance": {"location": location, "order": "asc", "unit": "km"}},
            "_score",
        ]
    elif query.sort == "date":
        sort = [newest, "_score"]
    else:
        sort = ["_score", newest]
    return [*sort, {"key": "asc"}]  # the document id breaks ties: stable pages


def _group_clause(group) -> dict:
    """One word group: any of its alternatives (each a phrase of words, all required)."""
    should = [
        {"combined_fields": {"query": " ".join(alt), "fields": SEARCH_FIELDS, "operator": "and"}}
        for alt in group.alternatives
    ]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def plan_query(query: SearchQuery, plan, nothing: bool = False) -> dict:
    """The bool query of a plan (search.understanding): word groups, intent filter, boosts."""
    if nothing:
        return {"match_none": {}}
    must: list[dict] = []
    clauses = [_group_clause(g) for g in plan.groups]
    if clauses and plan.any_group:
        must.append({"bool": {"should": clauses, "minimum_should_match": 1}})
    else:
        must.extend(clauses)
    must = must or [{"match_all": {}}]
    flt = filters(query)
    types = plan.type_filter()
    if types:
        flt.append({"terms": {"offer_type": types}})
    should: list[dict] = []
    for slug, weight in sorted(plan.type_weights().items()):
        should.append({"term": {"offer_type": {"value": slug, "boost": 2.0 * weight}}})
    if plan.boost_targets():
        should.append({"terms": {"target_groups": plan.boost_targets(), "boost": 1.0}})
    if plan.boost_fields():
        should.append({"terms": {"fields": plan.boost_fields(), "boost": 1.0}})
    for words in plan.boost_terms():
        should.append({"combined_fields": {"query": " ".join(words), "fields": SEARCH_FIELDS}})
    body: dict = {"must": must, "filter": flt}
    if should:
        body["should"] = should
    return {"bool": body}


def search_request(query: SearchQuery, plan, nothing: bool = False) -> dict:
    """Keyword arguments for `Elasticsearch.search` (without `index`)."""
    aggs = None
    if query.with_facets:
        aggs = {name: {"terms": {"field": f, "size": 100}} for name, f in FACET_FIELDS.items()}
    return {
        "query": plan_query(query, plan, nothing),
        "sort": sort_clause(query),
        "from_": query.offset,
        "size": query.page_size,
        "aggs": aggs,
        "track_total_hits": True,
        "highlight": HIGHLIGHT,
    }


def presence_request(query: SearchQuery, plan) -> dict:
    """Keyword arguments asking, per word group, whether anything in scope matches it."""
    groups = {f"g{n}": _group_clause(g) for n, g in enumerate(plan.groups)}
    return {
        "query": {"bool": {"filter": filters(query)}},
        "aggs": {"groups": {"filters": {"filters": groups}}},
        "size": 0,
    }


def counts_request(regions: list[str]) -> dict:
    """Keyword arguments for counting current documents per region and kind."""
    by_kind = {"kinds": {"terms": {"field": "kind", "size": 10}}}
    return {
        "query": {"bool": {"filter": [NOT_EXPIRED, {"terms": {"region": list(regions)}}]}},
        "aggs": {
            "regions": {"terms": {"field": "region", "size": max(1, len(regions))}, "aggs": by_kind}
        },
        "size": 0,
    }


def counts(response: dict) -> dict[tuple[str, str], int]:
    return {
        (region["key"], kind["key"]): kind["doc_count"]
        for region in response["aggregations"]["regions"]["buckets"]
        for kind in region["kinds"]["buckets"]
    }


def suggest_request(prefix: str, regions: list[str] | None, limit: int) -> dict:
    """Keyword arguments for a completion-suggester `Elasticsearch.search`."""
    completion: dict = {"field": "suggest", "size": limit, "skip_duplicates": True}
    if regions is not None:
        completion["contexts"] = {"region": list(regions)}
    return {"suggest": {"words": {"prefix": prefix, "completion": completion}}, "source": False}


def suggestions(response: dict, head: str, limit: int) -> list[str]:
    """Completions, shortest first, each after the words typed before the last one."""
    options = response["suggest"]["words"][0]["options"]
    words = sorted({o["text"] for o in options}, key=lambda w: (len(w), w.lower()))
    return [f"{head} {w}".strip() for w in words[:limit]]


def facet_counts(aggs: dict) -> dict[str, list[tuple[str, int]]]:
    return {
        name: [(b["key"], b["doc_count"]) for b in (aggs.get(name) or {}).get("buckets") or []]
        for name in FACET_FIELDS
    }


def hits(raw: list[dict], query: SearchQuery, hosts: dict[str, str]) -> list[SearchHit]:
    """Search hits from the `hits.hits` of a response; `hosts`: region slug → host name."""
    from tenants.utils import region_url

    result = []
    for h in raw:
        s = h["_source"]
        loc = s.get("location")
        dist = None
        if query.near is not None and loc:
            dist = round(haversine(query.near, (loc["lat"], loc["lon"])), 1)
        fragments = (h.get("highlight") or {}).get("body")
        host = hosts.get(s["region"])
        result.append(
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
                snippet=_snippet(fragments, s.get("body") or ""),
                offer_type=s.get("offer_type", ""),
                period_start=_date(s.get("period_start")),
                period_end=_date(s.get("period_end")),
                published_at=_datetime(s.get("published_at")),
                extra=s.get("extra") or {},
                score=float(h.get("_score") or 0),
                distance_km=dist,
            )
        )
    return result


def _open_range(field: str, op: str, value: str) -> dict:
    """`field` is missing, or within the range."""
    return {
        "bool": {
            "should": [
                {"bool": {"must_not": {"exists": {"field": field}}}},
                {"range": {field: {op: value}}},
            ],
            "minimum_should_match": 1,
        }
    }


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * math.asin(math.sqrt(h))


def _date(value):
    return dt.date.fromisoformat(value[:10]) if value else None


def _datetime(value):
    return dt.datetime.fromisoformat(value) if value else None


def _snippet(fragments: list[str] | None, body: str) -> str:
    """HTML of a hit's snippet: the highlighted fragments (already escaped by the
    highlighter) or the text's start, with an ellipsis where the text was cut."""
    if not fragments:
        return escape(snippets.shorten(body))
    marked = " … ".join(fragment.strip() for fragment in fragments)
    plain = unescape(marked.replace("<mark>", "").replace("</mark>", ""))
    return snippets.mark_cuts(marked, plain, body[: snippets.EDGE], body[-snippets.EDGE :])
