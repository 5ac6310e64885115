"""The transactional outbox: changes are queued in the content transaction and drained later;
a failed index write keeps its entry until a later drain lands it."""

import datetime as dt

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context

from search import registry
from search.backends.postgres import PostgresBackend
from search.documents import SearchDocument
from search.indexing import backoff_seconds, drain, enqueue
from search.models import IndexedDocument, OutboxEntry
from search.regions import current_region


class FakeStore:
    """A synthetic 'offer' provider: published objects of the current region by pk."""

    def __init__(self):
        self.published: dict[tuple[str, int], str] = {}

    def document_for(self, pk):
        slug, name = current_region()
        title = self.published.get((slug, pk))
        if title is None:
            return None
        return SearchDocument(
            region=slug, region_name=name, kind="offer", object_id=pk, title=title,
            url=f"/angebote/{pk}/",
        )  # fmt: skip

    def documents_for_region(self):
        slug, _ = current_region()
        for (region, pk), _title in sorted(self.published.items()):
            if region == slug:
                yield self.document_for(pk)


@pytest.fixture
def store(db):
    previous = registry.provider_for("offer")
    fake = FakeStore()
    registry._providers["offer"] = registry.SearchProvider(
        kind="offer", document_for=fake.document_for, documents_for_region=fake.documents_for_region
    )
    yield fake
    if previous:
        registry._providers["offer"] = previous
    else:
        registry.unregister("offer")


def indexed_titles():
    return sorted(IndexedDocument.objects.values_list("key", "title"))


def test_drain_indexes_a_queued_change(store, jena_region):
    # given a published object and its outbox entry (written in the region schema)
    with tenant_context(jena_region):
        store.published[("jena", 7)] = "Praktikum Tischlerei"
        enqueue("offer", 7)
    # when
    assert drain() == (1, 0)
    # then
    assert indexed_titles() == [("jena:offer:7", "Praktikum Tischlerei")]
    assert OutboxEntry.objects.count() == 0


def test_unpublished_object_is_removed_from_the_index(store, jena):
    store.published[("jena", 7)] = "Praktikum Tischlerei"
    enqueue("offer", 7)
    drain()
    # when it is unpublished
    del store.published[("jena", 7)]
    enqueue("offer", 7)
    drain()
    # then
    assert indexed_titles() == []


def test_failed_index_write_stays_queued_and_lands_later(store, jena, monkeypatch):
    # given an index that refuses writes
    store.published[("jena", 8)] = "Ferienjob Gärtnerei"
    enqueue("offer", 8)
    real_upsert = PostgresBackend.upsert

    def broken(self, docs):
        raise ConnectionError("index unavailable")

    monkeypatch.setattr(PostgresBackend, "upsert", broken)
    now = timezone.now()
    # when draining fails
    assert drain(now=now) == (0, 1)
    # then the entry stays, with the error and a backoff
    entry = OutboxEntry.objects.get()
    assert (entry.attempts, entry.last_error) == (1, "ConnectionError: index unavailable")
    assert entry.next_attempt_at == now + dt.timedelta(seconds=backoff_seconds(1))
    assert indexed_titles() == []
    # and it is not retried before its time
    assert drain(now=now + dt.timedelta(seconds=1)) == (0, 0)
    # when the index works again and the backoff has passed
    monkeypatch.setattr(PostgresBackend, "upsert", real_upsert)
    assert drain(now=now + dt.timedelta(seconds=10)) == (1, 0)
    # then the update has landed and the entry is gone
    assert indexed_titles() == [("jena:offer:8", "Ferienjob Gärtnerei")]
    assert OutboxEntry.objects.count() == 0


def test_backoff_grows_and_is_capped():
    assert [backoff_seconds(n) for n in (1, 2, 3, 4)] == [5, 10, 20, 40]
    assert backoff_seconds(30) == 3600


def test_duplicate_entries_are_processed_once(store, jena):
    store.published[("jena", 9)] = "Schnuppertag"
    enqueue("offer", 9)
    enqueue("offer", 9)
    assert drain() == (1, 0)
    assert OutboxEntry.objects.count() == 0


def test_drain_after_commit_indexes_immediately(store, jena, django_capture_on_commit_callbacks):
    store.published[("jena", 10)] = "Praktikum Zahntechnik"
    with django_capture_on_commit_callbacks(execute=True):
        enqueue("offer", 10)
    assert indexed_titles() == [("jena:offer:10", "Praktikum Zahntechnik")]


def test_rebuild_region_replaces_stale_documents(store, jena, weimar_region):
    from search.rebuild import rebuild

    store.published[("jena", 1)] = "Alt"
    enqueue("offer", 1)
    drain()
    # given the object vanished without an outbox entry, and a new one appeared
    store.published = {("jena", 2): "Neu", ("weimar", 3): "Weimarer Angebot"}
    # when
    rebuild("jena")
    # then only the current Jena documents are indexed, Weimar untouched
    assert indexed_titles() == [("jena:offer:2", "Neu")]
    rebuild()
    assert indexed_titles() == [("jena:offer:2", "Neu"), ("weimar:offer:3", "Weimarer Angebot")]


def test_enqueue_in_public_schema_is_ignored(db):
    assert enqueue("offer", 1) is None
    assert OutboxEntry.objects.count() == 0
