"""Backend selection, the write targets of indexing, and health bookkeeping."""

from __future__ import annotations

import time

from django.conf import settings
from django.utils import timezone

from ..cache import cached, forget
from .base import SearchBackend

_status_written: dict[str, float] = {}
STATUS_WRITE_INTERVAL = 30.0  # seconds between health writes per process


def backend_name() -> str:
    name = getattr(settings, "SEARCH_BACKEND", "postgres") or "postgres"
    if name not in ("postgres", "elasticsearch"):
        raise ValueError(f"SEARCH_BACKEND must be 'postgres' or 'elasticsearch', not {name!r}")
    return name


def postgres_backend() -> SearchBackend:
    from .postgres import PostgresBackend

    return PostgresBackend()


def elasticsearch_backend() -> SearchBackend:
    from .elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend.from_settings()


def get_backend() -> SearchBackend:
    """The backend that answers queries."""
    return elasticsearch_backend() if backend_name() == "elasticsearch" else postgres_backend()


def write_targets() -> list[SearchBackend]:
    """Where index updates go. PostgreSQL always (it is the fallback when Elasticsearch is
    down), Elasticsearch as well when it is the configured backend."""
    targets = [postgres_backend()]
    if backend_name() == "elasticsearch":
        targets.append(elasticsearch_backend())
    return targets


def record_failure(name: str, exc: Exception) -> None:
    from ..models import BackendStatus

    now = time.monotonic()
    if now - _status_written.get(name, -1e9) < STATUS_WRITE_INTERVAL:
        return
    _status_written[name] = now
    try:
        status, _ = BackendStatus.objects.get_or_create(backend=name)
        status.failing_since = status.failing_since or timezone.now()
        status.last_failure_at = timezone.now()
        status.last_error = str(exc)[:2000]
        status.save()
    except Exception:  # bookkeeping must never turn a degraded answer into an error
        pass


def record_success(name: str) -> None:
    from ..models import BackendStatus

    if name not in _status_written:
        return
    _status_written.pop(name, None)
    BackendStatus.objects.filter(backend=name).update(
        failing_since=None, last_success_at=timezone.now()
    )


HOSTS_KEY = "search:region-hosts"
HOSTS_TTL = 30.0


def forget_hosts(**_kwargs) -> None:
    forget(HOSTS_KEY)


def region_hosts() -> dict[str, str]:
    """Region slug → primary host name, for absolute result URLs (cached briefly)."""
    return cached(HOSTS_KEY, _load_hosts, HOSTS_TTL)


def _load_hosts() -> dict[str, str]:
    from tenants.models import Domain

    hosts: dict[str, str] = {}
    for slug, domain, primary in Domain.objects.exclude(tenant__schema_name="public").values_list(
        "tenant__slug", "domain", "is_primary"
    ):
        if primary or slug not in hosts:
            hosts[slug] = domain
    return hosts
