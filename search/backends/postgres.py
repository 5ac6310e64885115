"""PostgreSQL backend: one document table in the public schema for every region.

Ranking: title (A) > employer, occupations, offer type (B) > description, place (C) >
decompounded parts (D). No boost by employer size. See docs/search.md. The SQL is composed in
`pg_sql` (identifiers quoted, values as parameters); rows are read by column name.
"""

from __future__ import annotations

import html
import json
from contextlib import contextmanager
from dataclasses import replace

from django.conf import settings
from django.db import connection, transaction
from psycopg import sql
from psycopg.rows import dict_row

from .. import answering, snippets, text
from ..documents import SearchDocument
from ..query import SearchHit, SearchQuery, SearchResult
from ..spelling import Candidate
from ..synonyms import synonym_map
from ..understanding import QueryPlan
from . import pg_sql, region_hosts, terms
from .facets import labelled

TABLE = "public.einblick_search_document"
DEFAULT_CANDIDATES = 2000
TERM_TABLE = "public.einblick_search_term"
CONFIG = pg_sql.CONFIG


@contextmanager
def named_rows():
    """A cursor whose rows are dicts keyed by column name."""
    with connection.cursor() as cur:
        cur.cursor.row_factory = dict_row
        yield cur


def _row(doc: SearchDocument) -> list:
    from psycopg.types.json import Jsonb

    extra_terms = text.decompounded_text(doc.title, doc.subtitle, doc.occupations_text, doc.body)
    return [
        doc.key, doc.region, doc.region_name, doc.kind, doc.object_id, doc.title, doc.subtitle,
        doc.occupations_text, doc.body, doc.place, extra_terms, doc.url, doc.offer_type or "",
        list(doc.fields), list(doc.occupations), list(doc.target_groups), list(doc.benefits),
        list(doc.languages),
        doc.period_start, doc.period_end, doc.latitude, doc.longitude, doc.published_at,
        doc.expires_at, Jsonb(doc.extra or {}),
    ]  # fmt: skip


_terms = terms.document_terms  # also feeds the Elasticsearch completion field


class PostgresBackend:
    name = "postgres"

    def __init__(
        self, table: str = TABLE, term_table: str = TERM_TABLE, candidates: int | None = -1
    ):
        # other tables only for benchmarks (tests/benchmarks) that must not touch real data
        self.table = table
        self.term_table = term_table
        # bounded candidate set (settings.SEARCH_CANDIDATES, None: unbounded) for queries
        # across several regions; a region's partition is small enough to read whole
        if candidates == -1:
            candidates = getattr(settings, "SEARCH_CANDIDATES", DEFAULT_CANDIDATES)
        self.candidates = candidates

    def _sql(self, template: str) -> sql.Composed:
        """`template` with {doc} and {terms} as the quoted table names."""
        return sql.SQL(template).format(
            doc=pg_sql.table(self.table), terms=pg_sql.table(self.term_table)
        )

    # --- writes -------------------------------------------------------------------------
    def upsert(self, docs: list[SearchDocument]) -> None:
        if not docs:
            return
        new_terms = {(d.region, t, w) for d in docs for (t, w) in _terms(d)}
        with transaction.atomic(), connection.cursor() as cur:
            # words of the previous versions: a renamed company's old name must go
            old_terms = terms.stored_terms(cur, self.table, [d.key for d in docs])
            cur.executemany(pg_sql.upsert(self.table), [_row(d) for d in docs])
            if new_terms:
                cur.executemany(
                    sql.SQL(
                        "INSERT INTO {} (region, term, display) VALUES (%s, %s, %s) "
                        "ON CONFLICT (region, term) DO NOTHING"
                    ).format(pg_sql.table(self.term_table)),
                    sorted(new_terms),
                )
            terms.prune(cur, self.table, self.term_table, old_terms)

    def delete(self, keys: list[str]) -> None:
        if keys:
            with transaction.atomic(), connection.cursor() as cur:
                old_terms = terms.stored_terms(cur, self.table, keys)
                cur.execute(self._sql("DELETE FROM {doc} WHERE key = ANY(%s)"), [list(keys)])
                terms.prune(cur, self.table, self.term_table, old_terms)

    def delete_region(self, region: str) -> None:
        with connection.cursor() as cur:
            cur.execute(self._sql("DELETE FROM {doc} WHERE region = %s"), [region])
            cur.execute(self._sql("DELETE FROM {terms} WHERE region = %s"), [region])

    def delete_terms(self, region: str) -> None:
        with connection.cursor() as cur:
            cur.execute(self._sql("DELETE FROM {terms} WHERE region = %s"), [region])

    def indexed_regions(self) -> set[str]:
        with connection.cursor() as cur:
            cur.execute(self._sql("SELECT DISTINCT region FROM {doc}"))
            return {region for (region,) in cur.fetchall()}

    def purge_expired(self) -> list[str]:
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute(
                self._sql(
                    "DELETE FROM {doc} WHERE expires_at <= statement_timestamp() RETURNING key"
                )
            )
            keys = [key for (key,) in cur.fetchall()]
            terms.prune_all(cur, self.table, self.term_table)
            return keys

    def keys_for_region(self, region: str, kind: str | None = None) -> set[str]:
        query = "SELECT key FROM {doc} WHERE region = %s" + (" AND kind = %s" if kind else "")
        with connection.cursor() as cur:
            cur.execute(self._sql(query), [region, kind] if kind else [region])
            return {key for (key,) in cur.fetchall()}

    # --- queries ------------------------------------------------------------------------
    def tsquery_for(self, q: str) -> str:
        return text.tsquery_text(text.query_groups(q, synonym_map()))

    def search(self, query: SearchQuery) -> SearchResult:
        return answering.answer(self, query)

    def execute(
        self, query: SearchQuery, plan: QueryPlan, nothing: bool = False, count_only: bool = False
    ) -> SearchResult:
        """One search for a query plan (search.answering decides which plans to try)."""
        if count_only:
            query = replace(query, with_facets=False, page=1, page_size=1)
        groups = [list(g.alternatives) for g in plan.groups]
        tsq = text.tsquery_text(groups, plan.any_group)
        condition, params = pg_sql.where(query, tsq)
        extra, rank = pg_sql.plan_sql(plan, tsq, params)
        if extra is not None:
            condition = condition + sql.SQL(" AND ") + extra
        if nothing:
            condition = sql.SQL("FALSE")
        params.update(pg_sql.facet_params(), limit=query.page_size, offset=query.offset)
        limit, steps = None, [(None, {})]
        if self.candidates and (query.regions is None or len(query.regions) > 1):
            limit = pg_sql.bound(query, bool(tsq))
            params["candidates"] = self.candidates
            steps = pg_sql.narrowings(query, bool(tsq))
        with named_rows() as cur:
            for narrower, step_params in steps:
                where = condition if narrower is None else condition + sql.SQL(" AND ") + narrower
                statement = pg_sql.search(self.table, query, where, rank, limit)
                row = planned(cur, statement, {**params, **step_params}, limit is not None)
                if row["count"] >= (self.candidates or 0):
                    break  # a full candidate set: exactly the first k (pg_sql.narrowings)
        page = [(doc_id, rank, dist) for doc_id, rank, dist in row["page"] or []]
        return SearchResult(
            count_exact=limit is None or row["count"] < self.candidates,
            count=row["count"],
            results=[] if count_only else self._hits(page, tsq),
            facets=_facets(row["facets"] or []) if query.with_facets else {},
            backend_used=self.name,
            page=query.page,
            page_size=query.page_size,
        )

    def present(self, query: SearchQuery, plan: QueryPlan) -> list[bool]:
        """For each word group of the plan: does it match anything in the query's scope?"""
        base, params = pg_sql.where(query, "")
        for n, group in enumerate(plan.groups):
            params[f"g{n}"] = text.tsquery_text([list(group.alternatives)])
        with transaction.atomic(), named_rows() as cur:
            # EXISTS plans for the first row and so picks sequential scans, which read every
            # document when a word is rare (1.2 s at 1M): bitmap scans of the indexes instead
            cur.execute("SET LOCAL enable_seqscan = off")
            cur.execute("SET LOCAL enable_indexscan = off")
            cur.execute(pg_sql.presence(self.table, base, len(plan.groups)), params)
            return list(cur.fetchone()["present"])

    def spelling_candidates(self, word: str, regions: list[str] | None) -> list[Candidate]:
        """Known words similar to `word` (trigram index), for search.spelling."""
        statement = self._sql(
            "SELECT DISTINCT ON (term) term, display, similarity(term, %(w)s) AS similarity "
            "FROM {terms} WHERE term %% %(w)s AND (%(all)s OR region = ANY(%(regions)s)) "
            "ORDER BY term, display ~ '[äöüÄÖÜß]' DESC LIMIT 200"
        )
        params = {"w": word, "all": regions is None, "regions": list(regions or [])}
        with transaction.atomic(), named_rows() as cur:
            cur.execute("SET LOCAL pg_trgm.similarity_threshold = 0.25")
            cur.execute(statement, params)
            rows = cur.fetchall()
        return [Candidate(r["term"], r["display"], r["similarity"]) for r in rows]

    def is_known(self, word: str, regions: list[str] | None) -> bool:
        """Does any indexed word of the regions start with `word`?"""
        statement = self._sql(
            "SELECT EXISTS (SELECT 1 FROM {terms} WHERE term LIKE %(p)s "
            "AND (%(all)s OR region = ANY(%(regions)s)))"
        )
        prefix = word.replace("%", "").replace("_", "") + "%"
        with connection.cursor() as cur:
            cur.execute(
                statement, {"p": prefix, "all": regions is None, "regions": list(regions or [])}
            )
            return bool(cur.fetchone()[0])

    def _hits(self, page: list[tuple[int, float, float | None]], tsq: str) -> list[SearchHit]:
        """SearchHits for the page's (id, rank, distance), in that order."""
        if not page:
            return []
        params = {
            "ids": [doc_id for doc_id, _, _ in page],
            "tsq": tsq,
            "config": pg_sql.CONFIG,
            "opts": pg_sql.SNIPPET_OPTIONS,
        }
        with named_rows() as cur:
            cur.execute(pg_sql.hits(self.table, tsq), params)
            rows = {row["id"]: row for row in cur.fetchall()}
        hosts = region_hosts()
        return [
            _hit(rows[doc_id], rank, dist, hosts.get(rows[doc_id]["region"]), bool(tsq))
            for doc_id, rank, dist in page
            if doc_id in rows
        ]

    def counts(self, regions: list[str]) -> dict[tuple[str, str], int]:
        with named_rows() as cur:
            cur.execute(pg_sql.counts(self.table), {"regions": list(regions)})
            return {(row["region"], row["kind"]): row["n"] for row in cur.fetchall()}

    def latest(self, kind: str, regions: list[str], limit: int) -> list[SearchHit]:
        params = {"kind": kind, "regions": list(regions), "limit": limit}
        with named_rows() as cur:
            cur.execute(pg_sql.latest(self.table), params)
            page = [(row["id"], 0.0, None) for row in cur.fetchall()]
        return self._hits(page, "")

    # --- suggestions --------------------------------------------------------------------
    def suggest(self, q: str, regions: list[str] | None, limit: int = 8) -> list[str]:
        words = text.words(q)
        if not words or len(words[-1]) < 2:
            return []
        head = " ".join(q.split()[:-1])
        # Only words a live document of the allowed regions contains (backends/terms.py).
        statement = sql.SQL(
            "SELECT display FROM (SELECT DISTINCT ON (term) term, display "
            "FROM {terms} t WHERE term LIKE %(p)s "
            "AND (%(all)s OR region = ANY(%(regions)s)) AND {live} ORDER BY term) t "
            "ORDER BY length(term), term LIMIT %(limit)s"
        ).format(terms=pg_sql.table(self.term_table), live=terms.live_doc(self.table))
        params = {
            "p": words[-1].replace("%", "").replace("_", "") + "%",
            "all": regions is None,
            "regions": list(regions or []),
            "limit": limit,
            "config": CONFIG,
        }
        with named_rows() as cur:
            cur.execute(statement, params)
            return [f"{head} {row['display']}".strip() for row in cur.fetchall()]


def planned(cur, statement: sql.Composed, params: dict, bounded: bool) -> dict:
    """The one row of `statement`, planned with the search's settings, in one round trip
    (set, query, reset: also inside an outer transaction nothing leaks).

    JIT compiles a plan whose estimated cost is high — a search across 1M documents — and
    takes longer to compile than the query runs. A bounded candidate set is read through the
    indexes: with a LIMIT a sequential scan looks cheap (it hopes to meet k matches in the
    first pages), but for a rare word or with a filter it reads every partition."""
    settings = ["jit"] + (["enable_seqscan"] if bounded else [])
    cur.execute(
        sql.SQL("{set}; {statement}; {reset}").format(
            set=sql.SQL("; ").join(
                sql.SQL("SET LOCAL {} = off").format(sql.SQL(s)) for s in settings
            ),
            statement=statement,
            reset=sql.SQL("; ").join(sql.SQL("RESET {}").format(sql.SQL(s)) for s in settings),
        ),
        params,
    )
    while cur.cursor.description is None and cur.cursor.nextset():
        pass  # the results of SET come first
    return cur.fetchone()


def _hit(row: dict, rank: float, dist: float | None, host: str | None, headline: bool) -> SearchHit:
    from tenants.utils import region_url

    return SearchHit(
        key=row["key"],
        region=row["region"],
        region_name=row["region_name"],
        kind=row["kind"],
        object_id=row["object_id"],
        title=row["title"],
        path=row["url"],
        url=region_url(host, row["url"]) if host else row["url"],
        employer=row["subtitle"] if row["kind"] != "employer" else "",
        offer_type=row["offer_type"],
        period_start=row["period_start"],
        period_end=row["period_end"],
        published_at=row["published_at"],
        extra=_json(row["extra"]),
        snippet=_snippet(row, headline),
        score=float(rank or 0),
        distance_km=round(dist, 1) if dist is not None else None,
    )


def _json(value) -> dict:
    if isinstance(value, str):
        return json.loads(value)
    return value or {}


def _snippet(row: dict, headline: bool) -> str:
    """HTML of the hit's snippet: ts_headline's excerpt (`headline`) or the text's start,
    ending at a word, with an ellipsis where the text was cut (search/snippets.py)."""
    raw = row["snippet"] or ""
    if not headline:
        return html.escape(snippets.shorten(raw), quote=False)
    plain = raw.replace(pg_sql.MARK_START, "").replace(pg_sql.MARK_STOP, "")
    raw = snippets.mark_cuts(raw, plain, row["body_start"] or "", row["body_end"] or "")
    escaped = html.escape(raw, quote=False)
    return escaped.replace(pg_sql.MARK_START, "<mark>").replace(pg_sql.MARK_STOP, "</mark>")


def _facets(rows: list) -> dict:
    counts: dict[str, list[tuple[str, int]]] = {}
    for facet, value, count in rows:
        counts.setdefault(facet, []).append((value, count))
    return labelled(counts)
