"""The autocomplete vocabulary of the PostgreSQL backend (table einblick_search_term).

A word may only be suggested while a public document contains it. Two guards keep it so:
- pruning: when documents are deleted (unpublished, withdrawn, expired) or rewritten, their
  old words are removed unless another live document of the region still contains them;
- at query time every suggested word is checked against the live documents again, so a
  word left behind by a crash or a bulk SQL change is still never shown.

SQL is composed with `psycopg.sql` like the rest of the backend (see `pg_sql`).
"""

from __future__ import annotations

import re

from psycopg import sql

from .. import text
from ..documents import SearchDocument
from . import pg_sql

STOPWORDS = {"oder", "eine", "einer", "eines", "einem", "einen", "nicht", "auch", "sind", "wird"}
_TERM_WORD = re.compile(r"[^\W\d_]{4,}")


def live_doc(doc_table: str) -> sql.Composed:
    """Condition on a term row `t`: a live document of its region contains the term.

    Needs the query parameter %(config)s (pg_sql.CONFIG)."""
    return sql.SQL(
        "EXISTS (SELECT 1 FROM {doc} d WHERE d.region = t.region AND {current} "
        "AND d.search_vector @@ plainto_tsquery(%(config)s::regconfig, t.term))"
    ).format(doc=pg_sql.table(doc_table), current=pg_sql.CURRENT)


def words_of(*sources: str) -> set[tuple[str, str]]:
    """(normalised term, word as written) for the suggestable words of some texts."""
    out = set()
    for source in sources:
        for word in _TERM_WORD.findall(source or ""):
            term = text.normalize(word)
            if term not in STOPWORDS and len(term) <= 100:
                out.add((term, word))
    return out


def document_terms(doc: SearchDocument) -> set[tuple[str, str]]:
    return words_of(doc.title, doc.subtitle, doc.occupations_text)


def stored_terms(cur, doc_table: str, keys: list[str]) -> set[tuple[str, str]]:
    """(region, term) of the words the stored documents `keys` contributed."""
    if not keys:
        return set()
    cur.execute(
        sql.SQL(
            "SELECT region, title, subtitle, occupations_text FROM {doc} WHERE key = ANY(%s)"
        ).format(doc=pg_sql.table(doc_table)),
        [list(keys)],
    )
    return {(r[0], term) for r in cur.fetchall() for term, _ in words_of(r[1], r[2], r[3])}


def prune(cur, doc_table: str, term_table: str, candidates: set[tuple[str, str]]) -> int:
    """Delete candidate (region, term) rows that no live document contains any more."""
    if not candidates:
        return 0
    regions, terms = zip(*sorted(candidates), strict=True)
    statement = sql.SQL(
        "DELETE FROM {terms} t USING unnest(%(regions)s::text[], %(terms)s::text[]) "
        "AS c(region, term) WHERE t.region = c.region AND t.term = c.term AND NOT {live}"
    ).format(terms=pg_sql.table(term_table), live=live_doc(doc_table))
    cur.execute(
        statement, {"regions": list(regions), "terms": list(terms), "config": pg_sql.CONFIG}
    )
    return cur.rowcount


def prune_all(cur, doc_table: str, term_table: str) -> int:
    """Delete every word no live document contains (maintenance; see purge_expired)."""
    statement = sql.SQL("DELETE FROM {terms} t WHERE NOT {live}").format(
        terms=pg_sql.table(term_table), live=live_doc(doc_table)
    )
    cur.execute(statement, {"config": pg_sql.CONFIG})
    return cur.rowcount
