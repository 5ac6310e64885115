"""Tenant-aware helpers used across the platform."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection
from django.urls import get_urlconf, set_urlconf
from django_tenants.utils import get_public_schema_name, schema_context


def is_public_schema() -> bool:
    return connection.schema_name == get_public_schema_name()


def region_url(host: str, path: str = "/", scheme: str = "http") -> str:
    """Absolute URL on a region host, with the configured public port."""
    port = settings.PUBLIC_PORT
    port_part = "" if port in (80, 443) else f":{port}"
    return f"{scheme}://{host}{port_part}{path}"


@contextmanager
def in_region(region) -> Iterator[None]:
    """Run a block inside a region's schema (accepts a Region or a schema name), with the
    region URLconf: in a request on the portal host the public URLconf is active, where
    Wagtail's page routes do not exist and `page.get_url()` answers None."""
    schema = region if isinstance(region, str) else region.schema_name
    previous = get_urlconf()
    with schema_context(schema):
        set_urlconf(settings.ROOT_URLCONF)
        try:
            yield
        finally:
            set_urlconf(previous)
