"""Writing to Elasticsearch: document sources and the zero-downtime rebuild writer."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from django.utils import timezone

from ..documents import SearchDocument

if TYPE_CHECKING:
    from .elasticsearch import ElasticsearchBackend

logger = logging.getLogger("einblick.search")


def source(doc: SearchDocument) -> dict:
    """The `_source` of a document: ISO dates, a geo point, completion words."""
    from .terms import document_terms as _terms

    src = doc.as_dict()
    lat, lon = src.pop("latitude"), src.pop("longitude")
    src["location"] = {"lat": lat, "lon": lon} if lat is not None and lon is not None else None
    for name in ("period_start", "period_end", "published_at", "expires_at"):
        if src[name] is not None:
            src[name] = src[name].isoformat()
    src["key"] = doc.key
    src["suggest"] = {"input": sorted({display for _, display in _terms(doc)})}
    return src


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
        docs = [document_from_row(row) for row in changed.iterator(chunk_size=500)]
        self.backend.upsert(docs)

    def abort(self) -> None:
        if self.full and self.index:
            try:
                self.backend.client.indices.delete(index=self.index)
            except Exception as exc:
                logger.warning("search: could not delete unfinished index %s: %s", self.index, exc)


def document_from_row(row) -> SearchDocument:
    """The SearchDocument an `IndexedDocument` row was written from."""
    return SearchDocument(
        region=row.region, region_name=row.region_name, kind=row.kind, object_id=row.object_id,
        title=row.title, url=row.url, subtitle=row.subtitle,
        occupations_text=row.occupations_text, body=row.body, place=row.place,
        offer_type=row.offer_type, fields=row.fields, occupations=row.occupations,
        target_groups=row.target_groups, benefits=row.benefits, languages=row.languages,
        period_start=row.period_start,
        period_end=row.period_end, latitude=row.latitude, longitude=row.longitude,
        published_at=row.published_at, expires_at=row.expires_at, extra=row.extra,
    )  # fmt: skip
