"""PostgreSQL backend: one document table in the public schema for every region.

Ranking: title (A) > employer, occupations, offer type (B) > description, place (C) >
decompounded parts (D). No boost by employer size. See docs/search.md.
"""

from __future__ import annotations

import html
import json
import re

from django.db import connection, transaction

from .. import text
from ..documents import KIND_LABELS, SearchDocument
from ..query import FacetValue, SearchHit, SearchQuery, SearchResult
from ..synonyms import synonym_map
from . import region_hosts

TABLE = "public.einblick_search_document"
TERM_TABLE = "public.einblick_search_term"
CONFIG = "public.einblick_german"
EARTH_KM = 6371.0088
_MARK_START, _MARK_STOP = "\x02", "\x03"
_STOPWORDS = {"oder", "eine", "einer", "eines", "einem", "einen", "nicht", "auch", "sind", "wird"}
_TERM_WORD = re.compile(r"[^\W\d_]{4,}")

FACET_COLUMNS = {
    "kind": ("kind", False),
    "region": ("region", False),
    "type": ("offer_type", False),
    "field": ("fields", True),
    "occupation": ("occupations", True),
    "target": ("target_groups", True),
    "benefit": ("benefits", True),
}
_COLUMNS = [
    "key", "region", "region_name", "kind", "object_id", "title", "subtitle", "occupations_text",
    "body", "place", "extra_terms", "url", "offer_type", "fields", "occupations", "target_groups",
    "benefits", "period_start", "period_end", "latitude", "longitude", "published_at",
    "expires_at", "extra",
]  # fmt: skip


def _row(doc: SearchDocument) -> list:
    from psycopg.types.json import Jsonb

    extra_terms = text.decompounded_text(doc.title, doc.subtitle, doc.occupations_text, doc.body)
    return [
        doc.key, doc.region, doc.region_name, doc.kind, doc.object_id, doc.title, doc.subtitle,
        doc.occupations_text, doc.body, doc.place, extra_terms, doc.url, doc.offer_type or "",
        list(doc.fields), list(doc.occupations), list(doc.target_groups), list(doc.benefits),
        doc.period_start, doc.period_end, doc.latitude, doc.longitude, doc.published_at,
        doc.expires_at, Jsonb(doc.extra or {}),
    ]  # fmt: skip


def _terms(doc: SearchDocument) -> set[tuple[str, str]]:
    out = set()
    for source in (doc.title, doc.subtitle, doc.occupations_text):
        for word in _TERM_WORD.findall(source or ""):
            term = text.normalize(word)
            if term not in _STOPWORDS and len(term) <= 100:
                out.add((term, word))
    return out


class PostgresBackend:
    name = "postgres"

    def __init__(self, table: str = TABLE, term_table: str = TERM_TABLE):
        # other tables only for benchmarks (tests/benchmarks) that must not touch real data
        self.table = table
        self.term_table = term_table

    # --- writes -------------------------------------------------------------------------
    def upsert(self, docs: list[SearchDocument]) -> None:
        if not docs:
            return
        cols = ", ".join(_COLUMNS)
        placeholders = ", ".join(["%s"] * len(_COLUMNS))
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in _COLUMNS if c not in ("key", "region"))
        sql = (
            f"INSERT INTO {self.table} ({cols}, indexed_at) VALUES ({placeholders}, now()) "
            f"ON CONFLICT (key, region) DO UPDATE SET {updates}, indexed_at = now()"
        )
        terms = {(d.region, t, w) for d in docs for (t, w) in _terms(d)}
        with transaction.atomic(), connection.cursor() as cur:
            cur.executemany(sql, [_row(d) for d in docs])
            if terms:
                cur.executemany(
                    f"INSERT INTO {self.term_table} (region, term, display) "
                    "VALUES (%s, %s, %s) ON CONFLICT (region, term) DO NOTHING",
                    sorted(terms),
                )

    def delete(self, keys: list[str]) -> None:
        if keys:
            with connection.cursor() as cur:
                cur.execute(f"DELETE FROM {self.table} WHERE key = ANY(%s)", [list(keys)])

    def delete_region(self, region: str) -> None:
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {self.table} WHERE region = %s", [region])
            cur.execute(f"DELETE FROM {self.term_table} WHERE region = %s", [region])

    def delete_terms(self, region: str) -> None:
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {self.term_table} WHERE region = %s", [region])

    def indexed_regions(self) -> set[str]:
        with connection.cursor() as cur:
            cur.execute(f"SELECT DISTINCT region FROM {self.table}")
            return {r[0] for r in cur.fetchall()}

    def purge_expired(self) -> list[str]:
        with connection.cursor() as cur:
            cur.execute(
                f"DELETE FROM {self.table} WHERE expires_at <= statement_timestamp() RETURNING key"
            )
            return [r[0] for r in cur.fetchall()]

    def keys_for_region(self, region: str, kind: str | None = None) -> set[str]:
        sql = f"SELECT key FROM {self.table} WHERE region = %s"
        params: list = [region]
        if kind:
            sql += " AND kind = %s"
            params.append(kind)
        with connection.cursor() as cur:
            cur.execute(sql, params)
            return {r[0] for r in cur.fetchall()}

    # --- queries ------------------------------------------------------------------------
    def tsquery_for(self, q: str) -> str:
        return text.tsquery_text(text.query_groups(q, synonym_map()))

    def _where(self, query: SearchQuery, tsq: str) -> tuple[list[str], dict]:
        where = ["(d.expires_at IS NULL OR d.expires_at > statement_timestamp())"]
        params: dict = {}
        if tsq:
            where.append(f"d.search_vector @@ to_tsquery('{CONFIG}', %(tsq)s)")
            params["tsq"] = tsq
        if query.regions is not None and len(query.regions) == 1:
            # plain equality: usable by the (region, search_vector) GIN index (btree_gin)
            where.append("d.region = %(region)s")
            params["region"] = query.regions[0]
        elif query.regions is not None:
            where.append("d.region = ANY(%(regions)s)")
            params["regions"] = list(query.regions)
        if query.kinds:
            where.append("d.kind = ANY(%(kinds)s)")
            params["kinds"] = list(query.kinds)
        if query.offer_types:
            where.append("d.offer_type = ANY(%(types)s)")
            params["types"] = list(query.offer_types)
        for attr, column in (
            ("fields", "fields"),
            ("occupations", "occupations"),
            ("target_groups", "target_groups"),
            ("benefits", "benefits"),
        ):
            values = getattr(query, attr)
            if values:
                where.append(f"d.{column} && %({attr})s::varchar[]")
                params[attr] = list(values)
        if query.period_from:
            where.append("(d.period_end IS NULL OR d.period_end >= %(pfrom)s)")
            params["pfrom"] = query.period_from
        if query.period_to:
            where.append("(d.period_start IS NULL OR d.period_start <= %(pto)s)")
            params["pto"] = query.period_to
        if query.near is not None:
            params["lat"], params["lon"] = query.near
            if query.radius_km is not None:
                import math

                dlat = query.radius_km / 111.045
                coslat = max(0.01, math.cos(math.radians(query.near[0])))
                dlon = query.radius_km / (111.045 * coslat)
                params.update(
                    lat0=query.near[0] - dlat,
                    lat1=query.near[0] + dlat,
                    lon0=query.near[1] - dlon,
                    lon1=query.near[1] + dlon,
                    radius=query.radius_km,
                )
                where.append(
                    "d.latitude BETWEEN %(lat0)s AND %(lat1)s "
                    "AND d.longitude BETWEEN %(lon0)s AND %(lon1)s "
                    f"AND {_DISTANCE} <= %(radius)s"
                )
        return where, params

    def search(self, query: SearchQuery) -> SearchResult:
        tsq = self.tsquery_for(query.q) if query.q.strip() else ""
        result = self._search(query, tsq)
        if result.count == 0 and tsq and query.correct:
            corrected = self.did_you_mean(query.q, query.regions)
            if corrected:
                retry = self._search(query, self.tsquery_for(corrected))
                if retry.count:
                    retry.suggestion, retry.corrected = corrected, True
                    return retry
        return result

    def _search(self, query: SearchQuery, tsq: str) -> SearchResult:
        where, params = self._where(query, tsq)
        rank = f"ts_rank(d.search_vector, to_tsquery('{CONFIG}', %(tsq)s))" if tsq else "0"
        distance = _DISTANCE if query.near is not None else "NULL::float"
        order = {
            "relevance": "rank DESC, published_at DESC NULLS LAST, id",
            "date": "published_at DESC NULLS LAST, id",
            "distance": "dist ASC NULLS LAST, rank DESC, id",
        }[query.sort]
        facet_sql = "NULL::json"
        if query.with_facets:
            parts = []
            for facet, (column, is_array) in FACET_COLUMNS.items():
                value = f"unnest(m.{column})" if is_array else f"m.{column}"
                parts.append(
                    f"SELECT '{facet}' AS facet, v, count(*) AS n FROM "
                    f"(SELECT {value} AS v FROM m) x WHERE v <> '' GROUP BY v"
                )
            facet_sql = (
                "(SELECT json_agg(json_build_array(facet, v, n)) FROM ("
                + " UNION ALL ".join(parts)
                + ") f)"
            )
        params.update(limit=query.page_size, offset=query.offset)
        sql = f"""
            WITH m AS MATERIALIZED (
                SELECT d.id, d.kind, d.region, d.offer_type, d.fields, d.occupations,
                       d.target_groups, d.benefits, d.published_at,
                       {rank} AS rank, {distance} AS dist
                FROM {self.table} d WHERE {" AND ".join(where)}
            )
            SELECT (SELECT count(*) FROM m),
                   (SELECT json_agg(json_build_array(id, rank, dist)) FROM
                       (SELECT id, rank, dist FROM m ORDER BY {order}
                        LIMIT %(limit)s OFFSET %(offset)s) p),
                   {facet_sql}
        """
        with connection.cursor() as cur:
            cur.execute(sql, params)
            count, page, facet_rows = cur.fetchone()
        hits = self._hits(page or [], tsq)
        facets = _facets(facet_rows or []) if query.with_facets else {}
        return SearchResult(
            count=count,
            results=hits,
            facets=facets,
            backend_used=self.name,
            page=query.page,
            page_size=query.page_size,
        )

    def _hits(self, page: list, tsq: str) -> list[SearchHit]:
        if not page:
            return []
        ids = [row[0] for row in page]
        opts = (
            f"MaxWords=28, MinWords=10, ShortWord=1, MaxFragments=2, FragmentDelimiter=' … ', "
            f"StartSel={_MARK_START}, StopSel={_MARK_STOP}"
        )
        snippet = (
            f"ts_headline('{CONFIG}', d.body, to_tsquery('{CONFIG}', %(tsq)s), %(opts)s)"
            if tsq
            else "left(d.body, 200)"
        )
        sql = f"""
            SELECT d.id, d.key, d.region, d.region_name, d.kind, d.object_id, d.title, d.url,
                   d.subtitle, d.offer_type, d.period_start, d.period_end, d.published_at,
                   d.extra, {snippet}
            FROM {self.table} d WHERE d.id = ANY(%(ids)s)
        """
        with connection.cursor() as cur:
            cur.execute(sql, {"ids": ids, "tsq": tsq, "opts": opts})
            rows = {r[0]: r for r in cur.fetchall()}
        hosts = region_hosts()
        from tenants.utils import region_url

        hits = []
        for doc_id, rank, dist in page:
            r = rows.get(doc_id)
            if r is None:
                continue
            host = hosts.get(r[2])
            hits.append(
                SearchHit(
                    key=r[1],
                    region=r[2],
                    region_name=r[3],
                    kind=r[4],
                    object_id=r[5],
                    title=r[6],
                    path=r[7],
                    url=region_url(host, r[7]) if host else r[7],
                    employer=r[8] if r[4] != "employer" else "",
                    offer_type=r[9],
                    period_start=r[10],
                    period_end=r[11],
                    published_at=r[12],
                    extra=_json(r[13]),
                    snippet=_snippet_html(r[14] or ""),
                    score=float(rank or 0),
                    distance_km=round(dist, 1) if dist is not None else None,
                )
            )
        return hits

    # --- suggestions --------------------------------------------------------------------
    def did_you_mean(self, q: str, regions: list[str] | None) -> str | None:
        """Replace misspelt words by the closest known word (trigram similarity)."""
        words = text.words(q)
        if not words:
            return None
        changed = False
        out = []
        with connection.cursor() as cur:
            for word in words:
                if len(word) < 4:
                    out.append(word)
                    continue
                cur.execute(
                    "SELECT term, display, similarity(term, %(w)s) AS s "
                    f"FROM {self.term_table} "
                    "WHERE term %% %(w)s AND (%(all)s OR region = ANY(%(regions)s)) "
                    "ORDER BY s DESC, length(term) LIMIT 1",
                    {"w": word, "all": regions is None, "regions": list(regions or [])},
                )
                row = cur.fetchone()
                if row and row[0] != word and row[2] >= 0.45:
                    out.append(row[1])
                    changed = True
                else:
                    out.append(word)
        return " ".join(out) if changed else None

    def suggest(self, q: str, regions: list[str] | None, limit: int = 8) -> list[str]:
        words = text.words(q)
        if not words or len(words[-1]) < 2:
            return []
        head = " ".join(q.split()[:-1])
        with connection.cursor() as cur:
            cur.execute(
                "SELECT display FROM (SELECT DISTINCT ON (term) term, display "
                f"FROM {self.term_table} WHERE term LIKE %(p)s "
                "AND (%(all)s OR region = ANY(%(regions)s)) ORDER BY term) t "
                "ORDER BY length(term), term LIMIT %(limit)s",
                {
                    "p": words[-1].replace("%", "").replace("_", "") + "%",
                    "all": regions is None,
                    "regions": list(regions or []),
                    "limit": limit,
                },
            )
            return [f"{head} {r[0]}".strip() for r in cur.fetchall()]


_DISTANCE = (
    f"({EARTH_KM} * 2 * asin(sqrt(power(sin(radians(d.latitude - %(lat)s) / 2), 2) "
    "+ cos(radians(%(lat)s)) * cos(radians(d.latitude)) "
    "* power(sin(radians(d.longitude - %(lon)s) / 2), 2))))"
)


def _json(value) -> dict:
    if isinstance(value, str):
        return json.loads(value)
    return value or {}


def _snippet_html(raw: str) -> str:
    escaped = html.escape(raw, quote=False)
    return escaped.replace(_MARK_START, "<mark>").replace(_MARK_STOP, "</mark>")


def _facets(rows: list) -> dict[str, list[FacetValue]]:
    from ..registry import facet_labels

    grouped: dict[str, list[tuple[str, int]]] = {f: [] for f in FACET_COLUMNS}
    for facet, value, count in rows:
        grouped[facet].append((value, count))
    facets: dict[str, list[FacetValue]] = {}
    for facet, values in grouped.items():
        values.sort(key=lambda vc: (-vc[1], vc[0]))
        slugs = [v for v, _ in values]
        if facet == "kind":
            labels = KIND_LABELS
        elif facet == "region":
            from ..regions import region_names

            labels = region_names()
        else:
            labels = facet_labels(facet, slugs)
        facets[facet] = [FacetValue(v, labels.get(v, v), c) for v, c in values]
    return facets
