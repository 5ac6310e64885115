"""Region lookups for search (search stands on `tenants`)."""

from __future__ import annotations

from django.db import connection


def current_region() -> tuple[str, str]:
    """(slug, name) of the region whose schema is active; adapters stamp documents with it."""
    from tenants.models import Region

    schema = connection.schema_name
    cache = _by_schema()
    if schema not in cache:
        region = Region.objects.filter(schema_name=schema).values_list("slug", "name").first()
        if region is None:
            raise LookupError(f"no region for schema {schema!r}")
        cache[schema] = tuple(region)
    return cache[schema]


_cache: dict[str, tuple[str, str]] = {}


def _by_schema() -> dict[str, tuple[str, str]]:
    return _cache


_names: dict = {"at": -1e9, "value": {}}
NAMES_TTL = 30.0


def region_names() -> dict[str, str]:
    """Region slug → name (cached briefly: asked on every search)."""
    import time

    from tenants.models import Region

    now = time.monotonic()
    if now - _names["at"] > NAMES_TTL:
        _names["value"] = dict(
            Region.objects.exclude(schema_name="public").values_list("slug", "name")
        )
        _names["at"] = now
    return _names["value"]


def active_regions(slug: str | None = None) -> list:
    from tenants.models import Region

    qs = Region.objects.exclude(schema_name="public").filter(is_active=True).order_by("slug")
    if slug:
        qs = Region.objects.filter(slug=slug).exclude(schema_name="public")
    return list(qs)


def forget(**_kwargs) -> None:
    _cache.clear()
    _names["at"] = -1e9
