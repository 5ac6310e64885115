"""The demo data indexed for the judged collection (tests/search/judged.py)."""

from __future__ import annotations

import datetime as dt

from django.db import connection

from search.query import SearchQuery, search

TODAY = dt.date(2026, 11, 21)


def load_indexed_demo(regions, scale: float = 1.0) -> list[dict]:
    """Write the demo content of the regions (indexed) and return the indexed documents."""
    from einblick.demo.management.commands.load_demo_content import load_region

    for region in regions:
        load_region(region, scale=scale, today=TODAY, pages=False, index=True)
    with connection.cursor() as cur:
        cur.execute(
            "SELECT key, kind, offer_type, fields, occupations FROM public.einblick_search_document"
        )
        columns = [c.name for c in cur.description]
        return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]


def run(q: str) -> tuple[list[str], bool]:
    """The portal's answer (all regions): keys of the first ten results, and `exact`."""
    result = search(SearchQuery(q=q, regions=None, page_size=10, with_facets=False))
    return [hit.key for hit in result.results], result.exact
