"""SQL of the PostgreSQL backend, composed with `psycopg.sql`: table and column names are
quoted identifiers, every value (also the text search configuration) is a query parameter."""

from __future__ import annotations

import math
from dataclasses import replace

from psycopg import sql

from .. import snippets, text
from ..query import SearchQuery

CONFIG = "public.einblick_german"
EARTH_KM = 6371.0088
MARK_START, MARK_STOP = "\x02", "\x03"
SNIPPET_OPTIONS = (
    "MaxWords=28, MinWords=10, ShortWord=1, MaxFragments=2, FragmentDelimiter=' … ', "
    f"StartSel={MARK_START}, StopSel={MARK_STOP}"
)
# facet → (column, is an array column)
FACET_COLUMNS = {
    "kind": ("kind", False),
    "region": ("region", False),
    "type": ("offer_type", False),
    "field": ("fields", True),
    "occupation": ("occupations", True),
    "target": ("target_groups", True),
    "benefit": ("benefits", True),
}
# SearchQuery attribute → array column it overlaps
ARRAY_FILTERS = {
    "fields": "fields",
    "occupations": "occupations",
    "target_groups": "target_groups",
    "benefits": "benefits",
    "languages": "languages",
}
COLUMNS = [
    "key", "region", "region_name", "kind", "object_id", "title", "subtitle", "occupations_text",
    "body", "place", "extra_terms", "url", "offer_type", "fields", "occupations", "target_groups",
    "benefits", "languages", "period_start", "period_end", "latitude", "longitude", "published_at",
    "expires_at", "extra",
]  # fmt: skip
# up to this many regions a query names them for partition pruning (16 partitions by hash)
PRUNING_REGIONS = 8
TSQUERY = sql.SQL("to_tsquery(%(config)s::regconfig, %(tsq)s)")
CURRENT = sql.SQL("(d.expires_at IS NULL OR d.expires_at > statement_timestamp())")
DISTANCE = sql.SQL(
    "(%(earth_km)s * 2 * asin(sqrt(power(sin(radians(d.latitude - %(lat)s) / 2), 2) "
    "+ cos(radians(%(lat)s)) * cos(radians(d.latitude)) "
    "* power(sin(radians(d.longitude - %(lon)s) / 2), 2))))"
)
ORDER = {
    "relevance": sql.SQL("rank DESC, published_at DESC NULLS LAST, id"),
    "date": sql.SQL("published_at DESC NULLS LAST, id"),
    "distance": sql.SQL("dist ASC NULLS LAST, rank DESC, id"),
}
HIT_COLUMNS = sql.SQL(
    "d.id, d.key, d.region, d.region_name, d.kind, d.object_id, d.title, d.url, d.subtitle, "
    "d.offer_type, d.period_start, d.period_end, d.published_at, d.extra"
)


def table(name: str) -> sql.Identifier:
    """ "public.einblick_search_document" → "public"."einblick_search_document"."""
    return sql.Identifier(*name.split("."))


def upsert(doc_table: str) -> sql.Composed:
    columns = sql.SQL(", ").join(map(sql.Identifier, COLUMNS))
    updates = sql.SQL(", ").join(
        sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(c))
        for c in COLUMNS
        if c not in ("key", "region")
    )
    return sql.SQL(
        "INSERT INTO {table} ({columns}, indexed_at) VALUES ({values}, now()) "
        "ON CONFLICT (key, region) DO UPDATE SET {updates}, indexed_at = now()"
    ).format(
        table=table(doc_table),
        columns=columns,
        values=sql.SQL(", ").join([sql.Placeholder()] * len(COLUMNS)),
        updates=updates,
    )


def where(query: SearchQuery, tsq: str) -> tuple[sql.Composed, dict]:
    """The WHERE condition of a search and its parameters."""
    parts = [CURRENT]
    params: dict = {"config": CONFIG, "earth_km": EARTH_KM, "tsq": tsq}
    if tsq:
        parts.append(sql.SQL("d.search_vector @@ ") + TSQUERY)
    if query.regions is not None and len(query.regions) == 1:
        parts.append(sql.SQL("d.region = %(region)s"))  # one partition
        params["region"] = query.regions[0]
    elif query.regions is not None and len(query.regions) <= PRUNING_REGIONS:
        parts.append(sql.SQL("d.region = ANY(%(regions)s)"))  # prunes partitions
        params["regions"] = list(query.regions)
    elif query.regions is not None:
        # Many regions (the portal passes every active one): checked on the candidate rows
        # only. As an index condition the planner ANDed a bitmap of nearly every row of the
        # (region, kind) index into every partition's scan (25-40 ms each at 1M).
        parts.append(sql.SQL("(d.region = ANY(%(regions)s)) IS TRUE"))
        params["regions"] = list(query.regions)
    if query.kinds:
        parts.append(sql.SQL("d.kind = ANY(%(kinds)s)"))
        params["kinds"] = list(query.kinds)
    if query.offer_types:
        parts.append(sql.SQL("d.offer_type = ANY(%(types)s)"))
        params["types"] = list(query.offer_types)
    for attr, column in ARRAY_FILTERS.items():
        if getattr(query, attr):
            parts.append(
                sql.SQL("d.{} && {}::varchar[]").format(
                    sql.Identifier(column), sql.Placeholder(attr)
                )
            )
            params[attr] = list(getattr(query, attr))
    if query.period_from:
        parts.append(sql.SQL("(d.period_end IS NULL OR d.period_end >= %(pfrom)s)"))
        params["pfrom"] = query.period_from
    if query.period_to:
        parts.append(sql.SQL("(d.period_start IS NULL OR d.period_start <= %(pto)s)"))
        params["pto"] = query.period_to
    if query.published_after:
        parts.append(sql.SQL("d.published_at > %(pafter)s"))
        params["pafter"] = query.published_after
    if query.published_before:
        parts.append(sql.SQL("d.published_at <= %(pbefore)s"))
        params["pbefore"] = query.published_before
    if query.near is not None:
        params["lat"], params["lon"] = query.near
        if query.radius_km is not None:
            parts.append(_within_radius(query, params))
    return sql.SQL(" AND ").join(parts), params


def _within_radius(query: SearchQuery, params: dict, suffix: str = "") -> sql.Composed:
    """Bounding box first (btree on latitude, longitude), then the exact distance."""
    lat, lon = query.near
    dlat = query.radius_km / 111.045
    dlon = query.radius_km / (111.045 * max(0.01, math.cos(math.radians(lat))))
    box = {"lat0": lat - dlat, "lat1": lat + dlat, "lon0": lon - dlon, "lon1": lon + dlon}
    box["radius"] = query.radius_km
    params.update({f"{name}{suffix}": value for name, value in box.items()})
    return sql.SQL(
        "d.latitude BETWEEN {lat0} AND {lat1} AND d.longitude BETWEEN {lon0} AND {lon1} "
        "AND {distance} <= {radius}"
    ).format(
        distance=DISTANCE,
        **{name: sql.Placeholder(f"{name}{suffix}") for name in box},
    )


def facets() -> sql.Composed:
    """One JSON array of [facet, value, count] over the matches `m`."""
    parts = []
    for facet, (column, is_array) in FACET_COLUMNS.items():
        value = sql.SQL("unnest(m.{})" if is_array else "m.{}").format(sql.Identifier(column))
        parts.append(
            sql.SQL(
                "SELECT {facet}::text AS facet, v, count(*) AS n FROM "
                "(SELECT {value} AS v FROM m) x WHERE v <> '' GROUP BY v"
            ).format(facet=sql.Placeholder(f"facet_{facet}"), value=value)
        )
    return sql.SQL("(SELECT json_agg(json_build_array(facet, v, n)) FROM ({}) f)").format(
        sql.SQL(" UNION ALL ").join(parts)
    )


def plan_sql(plan, tsq: str, params: dict) -> tuple[sql.Composed | None, sql.Composed]:
    """The intent filter of a query plan (or None) and the rank expression with its boosts:
    text rank + 0.2 per intent asking for the offer type + 0.1 for a wanted target group or
    Berufsfeld + the rank of the intents' boost words."""
    rank = sql.SQL("ts_rank(d.search_vector, ") + TSQUERY + sql.SQL(")") if tsq else sql.SQL("0")
    condition = None
    types = plan.type_filter()
    if types:
        condition = sql.SQL("d.offer_type = ANY(%(itypes)s)")
        params["itypes"] = types
    by_weight: dict[int, list[str]] = {}
    for slug, weight in plan.type_weights().items():
        by_weight.setdefault(weight, []).append(slug)
    for weight, slugs in sorted(by_weight.items()):
        name = f"btypes{weight}"
        params[name] = sorted(slugs)
        rank += sql.SQL(" + CASE WHEN d.offer_type = ANY({}) THEN {} ELSE 0 END").format(
            sql.Placeholder(name), sql.Literal(0.2 * weight)
        )
    for name, column, values in (
        ("btargets", "target_groups", plan.boost_targets()),
        ("bfields", "fields", plan.boost_fields()),
    ):
        if values:
            params[name] = values
            rank += sql.SQL(" + CASE WHEN d.{} && {}::varchar[] THEN 0.1 ELSE 0 END").format(
                sql.Identifier(column), sql.Placeholder(name)
            )
    boost = text.tsquery_text([[tuple(t) for t in plan.boost_terms()]])
    if boost:
        params["btsq"] = boost
        rank += sql.SQL(" + ts_rank(d.search_vector, to_tsquery(%(config)s::regconfig, %(btsq)s))")
    return condition, rank


CANDIDATE_ORDER = {
    "date": sql.SQL(" ORDER BY d.published_at DESC NULLS LAST, d.id"),
    "distance": sql.SQL(" ORDER BY dist ASC NULLS LAST, d.id"),
}


DATE_WINDOWS_DAYS = (14, 60, 180)
RING_FRACTIONS = (0.2, 0.5)


def candidate_order(query: SearchQuery, has_text: bool) -> str | None:
    order = query.sort if query.sort in CANDIDATE_ORDER else None
    if order is None and not has_text:
        order = "date"  # browsing without text: the newest
    return order


def narrowings(query: SearchQuery, has_text: bool) -> list[tuple[sql.Composed | None, dict]]:
    """Narrower conditions to try, in turn, before the full one, for a bounded candidate set
    taken in date or distance order. When a narrower condition still yields the whole
    candidate set, those are exactly the first k in that order (everything it leaves out is
    older or farther), but the database reads only the window's matches instead of every
    match: the newest 2,000 of 200,000 matches come from the last two weeks, the nearest
    from the inner ring (issue 18: cross-region date and distance sorts at 1M)."""
    order = candidate_order(query, has_text)
    steps: list[tuple[sql.Composed | None, dict]] = []
    if order == "date":
        window = sql.SQL(
            "d.published_at >= statement_timestamp() - make_interval(days => %(window)s)"
        )
        steps = [(window, {"window": days}) for days in DATE_WINDOWS_DAYS]
    elif order == "distance" and query.near is not None and query.radius_km:
        for fraction in RING_FRACTIONS:
            params: dict = {}
            ring = replace(query, radius_km=query.radius_km * fraction)
            steps.append((_within_radius(ring, params, suffix="_ring"), params))
    return [*steps, (None, {})]


def bound(query: SearchQuery, has_text: bool) -> sql.Composed:
    """Top-k on a bounded candidate set: at most %(candidates)s matches are ranked, counted
    and faceted. Date and distance sorts take the first k in their order (exact top k);
    a text query ranks k matches as the index returns them."""
    order = candidate_order(query, has_text)
    return (CANDIDATE_ORDER[order] if order else sql.SQL("")) + sql.SQL(" LIMIT %(candidates)s")


def search(
    doc_table: str,
    query: SearchQuery,
    condition: sql.Composed,
    rank: sql.Composed,
    limit: sql.Composed | None = None,
) -> sql.Composed:
    """Count, the page's (id, rank, dist) and the facets of the matches, in one statement
    (with `limit`: of a bounded candidate set, see `bound`)."""
    distance = DISTANCE if query.near is not None else sql.SQL("NULL::float")
    return sql.SQL(
        """
        WITH m AS MATERIALIZED (
            SELECT d.id, d.kind, d.region, d.offer_type, d.fields, d.occupations,
                   d.target_groups, d.benefits, d.published_at,
                   {rank} AS rank, {distance} AS dist
            FROM {table} d WHERE {condition}{limit}
        )
        SELECT (SELECT count(*) FROM m) AS count,
               (SELECT json_agg(json_build_array(id, rank, dist)) FROM
                   (SELECT id, rank, dist FROM m ORDER BY {order}
                    LIMIT %(limit)s OFFSET %(offset)s) p) AS page,
               {facets} AS facets
        """
    ).format(
        rank=rank,
        distance=distance,
        table=table(doc_table),
        condition=condition,
        limit=limit or sql.SQL(""),
        order=ORDER[query.sort],
        facets=facets() if query.with_facets else sql.SQL("NULL::json"),
    )


def facet_params() -> dict:
    return {f"facet_{facet}": facet for facet in FACET_COLUMNS}


def hits(doc_table: str, tsq: str) -> sql.Composed:
    """The display columns of the documents `ids`, with a highlighted snippet."""
    if tsq:
        snippet = (
            sql.SQL("ts_headline(%(config)s::regconfig, d.body, ")
            + TSQUERY
            + sql.SQL(", %(opts)s)")
        )
    else:
        snippet = sql.SQL("left(d.body, {})").format(sql.Literal(snippets.LENGTH + 40))
    return sql.SQL(
        "SELECT {columns}, {snippet} AS snippet, left(d.body, {edge}) AS body_start, "
        "right(d.body, {edge}) AS body_end FROM {table} d WHERE d.id = ANY(%(ids)s)"
    ).format(
        columns=HIT_COLUMNS,
        snippet=snippet,
        edge=sql.Literal(snippets.EDGE),
        table=table(doc_table),
    )


def latest(doc_table: str) -> sql.Composed:
    """Ids of the newest current documents of one kind in some regions."""
    return sql.SQL(
        "SELECT d.id FROM {table} d WHERE {current} AND d.kind = %(kind)s "
        "AND d.region = ANY(%(regions)s) ORDER BY d.published_at DESC, d.id DESC "
        "LIMIT %(limit)s"
    ).format(table=table(doc_table), current=CURRENT)


def counts(doc_table: str) -> sql.Composed:
    return sql.SQL(
        "SELECT d.region, d.kind, count(*) AS n FROM {table} d "
        "WHERE {current} AND d.region = ANY(%(regions)s) GROUP BY d.region, d.kind"
    ).format(table=table(doc_table), current=CURRENT)


def presence(doc_table: str, base: sql.Composed, count: int) -> sql.Composed:
    """For each word group g0 … gN: does any document in scope match it alone?"""
    checks = [
        sql.SQL(
            "EXISTS (SELECT 1 FROM {table} d WHERE {base} "
            "AND d.search_vector @@ to_tsquery(%(config)s::regconfig, {group}))"
        ).format(table=table(doc_table), base=base, group=sql.Placeholder(f"g{n}"))
        for n in range(count)
    ]
    return sql.SQL("SELECT ARRAY[{}]::boolean[] AS present").format(sql.SQL(", ").join(checks))
