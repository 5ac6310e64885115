"""Indexing through a transactional outbox.

Every save/delete/publish/unpublish of a watched model writes an `OutboxEntry` in the same
database transaction as the change (so nothing is lost when an index is down). `drain()`
turns entries into index writes: it asks the kind's provider for the current public document
(None → delete it) and writes it to every target; an entry stays, with exponential backoff,
until the write succeeds. In development the outbox is drained right after each commit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django_tenants.utils import schema_context

from tenants import versions

from .documents import doc_key
from .models import OutboxEntry

logger = logging.getLogger("einblick.search")

MAX_BACKOFF = 3600


def backoff_seconds(attempts: int) -> int:
    return min(MAX_BACKOFF, 5 * 2 ** max(0, attempts - 1))


# --- writing to the outbox -----------------------------------------------------------------
def enqueue(kind: str, object_id: int, schema_name: str | None = None) -> OutboxEntry | None:
    schema = schema_name or connection.schema_name
    if schema == "public":
        return None  # domain content lives in region schemas only
    entry = OutboxEntry.objects.create(schema_name=schema, kind=kind, object_id=object_id)
    if drain_on_commit():
        _schedule_drain(entry.pk)
    return entry


def enqueue_instance(kind: str, instance) -> None:
    from .registry import provider_for

    if instance.pk is None:
        return
    enqueue(kind, instance.pk)
    provider = provider_for(kind)
    if provider and provider.dependents:
        for dep_kind, dep_pk in provider.dependents(instance):
            enqueue(dep_kind, dep_pk)


def drain_on_commit() -> bool:
    default = getattr(settings, "SEARCH_BACKEND", "postgres") == "postgres"
    return getattr(settings, "SEARCH_DRAIN_ON_COMMIT", default)


def _schedule_drain(entry_id: int) -> None:
    def run():
        try:
            drain(only_ids=[entry_id])
        except Exception:  # the entry stays; the worker or the next drain retries it
            logger.exception("search: draining after commit failed")

    transaction.on_commit(run)


_watched: set = set()


def watch_model(model, kind: str) -> None:
    """Connect save/delete/publish/unpublish of `model` to the outbox (idempotent)."""
    if (model, kind) in _watched:
        return
    _watched.add((model, kind))
    uid = f"einblick_search:{model._meta.label}:{kind}"

    def changed(sender, instance, **kwargs):
        if kwargs.get("raw"):
            return
        enqueue_instance(kind, instance)

    post_save.connect(changed, sender=model, weak=False, dispatch_uid=uid + ":save")
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=uid + ":delete")
    try:
        from wagtail.signals import published, unpublished
    except ImportError:  # pragma: no cover - wagtail is a hard dependency
        return
    published.connect(changed, sender=model, weak=False, dispatch_uid=uid + ":published")
    unpublished.connect(changed, sender=model, weak=False, dispatch_uid=uid + ":unpublished")


# --- draining --------------------------------------------------------------------------------
def drain(limit: int = 500, only_ids: list[int] | None = None, now: dt.datetime | None = None):
    """Process due outbox entries once. Returns (done, failed) counts of documents."""
    from tenants.models import Region

    from .backends import write_targets
    from .registry import provider_for

    now = now or timezone.now()
    done = failed = 0
    with transaction.atomic():
        qs = OutboxEntry.objects.filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
        )
        if only_ids is not None:
            qs = qs.filter(pk__in=only_ids)
        entries = list(qs.order_by("id").select_for_update(skip_locked=True)[:limit])
        groups: OrderedDict[tuple, list[OutboxEntry]] = OrderedDict()
        for entry in entries:
            groups.setdefault((entry.schema_name, entry.kind, entry.object_id), []).append(entry)
        regions = {
            r.schema_name: r for r in Region.objects.filter(schema_name__in={k[0] for k in groups})
        }
        targets = write_targets() if groups else []
        for (schema, kind, object_id), group in groups.items():
            ids = [e.pk for e in group]
            region = regions.get(schema)
            provider = provider_for(kind)
            if region is None or provider is None:
                OutboxEntry.objects.filter(pk__in=ids).delete()  # nothing left to index
                continue
            key = doc_key(region.slug, kind, object_id)
            try:
                with transaction.atomic(), schema_context(schema):
                    doc = provider.document_for(object_id)
                # One savepoint per target: PostgreSQL keeps its update even if Elasticsearch
                # fails; the entry is retried and the (idempotent) writes are repeated.
                for target in targets:
                    with transaction.atomic():
                        if doc is not None:
                            target.upsert([doc])
                        else:
                            target.delete([key])
            except Exception as exc:
                failed += 1
                attempts = max(e.attempts for e in group) + 1
                logger.warning(
                    "search: index write for %s failed (attempt %s): %s", key, attempts, exc
                )
                OutboxEntry.objects.filter(pk__in=ids).update(
                    attempts=attempts,
                    next_attempt_at=now + dt.timedelta(seconds=backoff_seconds(attempts)),
                    last_error=f"{type(exc).__name__}: {exc}"[:2000],
                )
            else:
                done += 1
                OutboxEntry.objects.filter(pk__in=ids).delete()
                # Search pages of the region and the portal show the new document now.
                versions.bump_schema(schema)
    return done, failed


def purge_expired() -> int:
    """Drop documents whose expiry has passed (queries already hide them)."""
    from .backends import write_targets

    targets = write_targets()
    keys = targets[0].purge_expired()
    for target in targets[1:]:
        if keys:
            try:
                target.delete(keys)
            except Exception as exc:  # queries filter on expires_at anyway; retry next round
                logger.warning(
                    "search: purging expired documents from %s failed: %s", target.name, exc
                )
    return len(keys)
