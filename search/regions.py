"""Region lookups for search (search stands on `tenants`); cached platform-wide briefly."""

from __future__ import annotations

from django.db import connection

from .cache import cached
from .cache import forget as forget_keys

NAMES_KEY = "search:region-names"
BY_SCHEMA_KEY = "search:regions-by-schema"
ACTIVE_NAMES_KEY = "search:active-region-names"
NAMES_TTL = 30.0


def current_region() -> tuple[str, str]:
    """(slug, name) of the region whose schema is active; adapters stamp documents with it."""
    schema = connection.schema_name
    region = cached(BY_SCHEMA_KEY, _regions_by_schema, NAMES_TTL).get(schema)
    if region is None:
        raise LookupError(f"no region for schema {schema!r}")
    return region


def _regions_by_schema() -> dict[str, tuple[str, str]]:
    from tenants.models import Region

    rows = Region.objects.values_list("schema_name", "slug", "name")
    return {schema: (slug, name) for schema, slug, name in rows}


def region_names() -> dict[str, str]:
    """Region slug → name (cached briefly: asked on every search)."""
    return cached(NAMES_KEY, _region_names, NAMES_TTL)


def _region_names() -> dict[str, str]:
    from tenants.models import Region

    return dict(Region.objects.exclude(schema_name="public").values_list("slug", "name"))


def active_region_names() -> dict[str, str]:
    """Slug → name of the active regions: the only ones a public search may show."""
    return cached(ACTIVE_NAMES_KEY, _active_region_names, NAMES_TTL)


def _active_region_names() -> dict[str, str]:
    from tenants.models import Region

    active = Region.objects.exclude(schema_name="public").filter(is_active=True)
    return dict(active.values_list("slug", "name"))


def active_regions(slug: str | None = None) -> list:
    from tenants.models import Region

    qs = Region.objects.exclude(schema_name="public").filter(is_active=True).order_by("slug")
    if slug:
        qs = Region.objects.filter(slug=slug).exclude(schema_name="public")
    return list(qs)


def forget(**_kwargs) -> None:
    forget_keys(NAMES_KEY, BY_SCHEMA_KEY, ACTIVE_NAMES_KEY)
