"""Full or per-region rebuild of the search index from the providers."""

from __future__ import annotations

import logging

from django.db import transaction
from django_tenants.utils import schema_context

from tenants.utils import in_region

from .documents import doc_key
from .registry import providers

logger = logging.getLogger("einblick.search")
BATCH = 500


def rebuild(region_slug: str | None = None, progress: bool = False, out=None) -> int:
    """Re-index every public document of one region (or all). Returns the document count.

    PostgreSQL is rebuilt region by region inside a transaction (readers see the old or the
    new state, never a half-built one). Elasticsearch gets a fresh index per full rebuild and
    the alias is swapped at the end (zero downtime); a region rebuild updates it in place.
    """
    from .backends import backend_name, elasticsearch_backend, postgres_backend
    from .regions import active_regions

    regions = active_regions(region_slug)
    if region_slug and not regions:
        raise LookupError(f"Region „{region_slug}“ gibt es nicht.")
    pg = postgres_backend()
    es_writer = None
    if backend_name() == "elasticsearch":
        es_writer = elasticsearch_backend().rebuild_writer(full=region_slug is None)
    bar = _progress_bar(regions, out) if progress else None
    count = 0
    try:
        for region in regions:
            with transaction.atomic():
                pg.delete_terms(region.slug)
                for provider in providers():
                    count += _rebuild_kind(region, provider, pg, es_writer, bar)
        if region_slug is None:
            known = {r.slug for r in regions}
            for slug in pg.indexed_regions() - known:
                pg.delete_region(slug)
        if es_writer is not None:
            es_writer.finish()
    except BaseException:
        if es_writer is not None:
            es_writer.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    return count


def _rebuild_kind(region, provider, pg, es_writer, bar) -> int:
    """Write one region's documents of one kind; delete the ones no longer produced."""
    keys: set[str] = set()
    batch = []
    with in_region(region):  # also the region URLconf (documents carry page URLs)
        for doc in provider.documents_for_region():
            batch.append(doc)
            keys.add(doc.key)
            if len(batch) >= BATCH:
                _write(pg, es_writer, batch, bar)
                batch = []
        _write(pg, es_writer, batch, bar)
    stale = pg.keys_for_region(region.slug, provider.kind) - keys
    pg.delete(sorted(stale))
    if es_writer is not None:
        es_writer.delete_stale(region.slug, provider.kind, keys)
    return len(keys)


def _progress_bar(regions, out):
    from tqdm import tqdm

    return tqdm(total=_estimate(regions), unit="Dok.", desc="Suchindex", file=out)


def _estimate(regions) -> int | None:
    """The number of documents to write, when every provider can count (else unknown)."""
    total = 0
    for region in regions:
        with schema_context(region.schema_name):
            for p in providers():
                if p.count_for_region is None:
                    return None
                total += p.count_for_region()
    return total


def _write(pg, es_writer, batch, bar) -> None:
    if not batch:
        return
    pg.upsert(batch)
    if es_writer is not None:
        es_writer.add(batch)
    if bar is not None:
        bar.update(len(batch))


__all__ = ["rebuild", "doc_key"]
