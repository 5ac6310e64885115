"""Elasticsearch unreachable (a real refused connection, no mock): queries are answered from
PostgreSQL, editors see a notice, and index updates wait in the outbox."""

import json

import pytest
from django_tenants.utils import tenant_context

from search.indexing import drain, enqueue
from search.models import BackendStatus, IndexedDocument, OutboxEntry
from search.query import SearchQuery, search, suggest
from tests import factories

from .test_outbox import store  # noqa: F401  (fixture)

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: connection refused at once


@pytest.fixture
def es_down(settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = UNREACHABLE
    settings.SEARCH_ES_TIMEOUT = 2.0
    settings.SEARCH_DRAIN_ON_COMMIT = False
    from search import backends

    backends._status_written.clear()


def test_query_is_answered_from_postgres_when_elasticsearch_is_down(pg_corpus, es_down):
    # when
    result = search(SearchQuery(q="Praktika", kinds=["offer"]))
    # then
    assert (result.backend_used, result.degraded) == ("postgres", True)
    assert sorted(h.key for h in result.results) == ["jena:offer:1", "weimar:offer:1"]
    status = BackendStatus.objects.get(backend="elasticsearch")
    assert status.failing_since is not None
    assert "Connection" in status.last_error or "refused" in status.last_error
    assert suggest("Mecha", ["weimar"]) == ["Mechatroniker"]


def test_api_never_500s_when_elasticsearch_is_down(pg_corpus, es_down, weimar_client):
    response = weimar_client.get("/api/v1/search/", {"q": "Hotel"})
    data = json.loads(response.content)
    assert response.status_code == 200
    assert (data["backend"], data["degraded"], data["count"]) == ("postgres", True, 1)
    assert weimar_client.get("/suche/", {"q": "Hotel"}).status_code == 200


def test_admin_dashboard_shows_the_outage(pg_corpus, es_down, portal_client):
    # given an outage recorded by a query
    search(SearchQuery(q="Hotel"))
    client = portal_client
    client.force_login(factories.user("searchadmin", superuser=True))
    # when
    html = client.get("/cms/").content.decode()
    # then
    assert "Suche: elasticsearch nicht erreichbar" in html
    assert "Die Suche antwortet aus PostgreSQL" in html


def test_index_update_waits_in_the_outbox_until_elasticsearch_is_back(store, jena_region, settings):  # noqa: F811
    # given Elasticsearch is configured but down
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = UNREACHABLE
    settings.SEARCH_DRAIN_ON_COMMIT = False
    store.published[("jena", 11)] = "Praktikum Orgelbau"
    with tenant_context(jena_region):
        enqueue("offer", 11)
    # when the worker drains
    assert drain() == (0, 1)
    # then PostgreSQL (the fallback) already has the update, the entry stays for Elasticsearch
    assert IndexedDocument.objects.filter(key="jena:offer:11").exists()
    entry = OutboxEntry.objects.get()
    assert entry.attempts == 1 and entry.last_error.startswith("ConnectionError")
    # when the configured backend works again (here: PostgreSQL only) and the backoff passed
    from django.utils import timezone

    settings.SEARCH_BACKEND = "postgres"
    assert drain(now=timezone.now() + __import__("datetime").timedelta(minutes=1)) == (1, 0)
    assert OutboxEntry.objects.count() == 0
