"""Tenant-aware helpers used across the platform."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection
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
    """Run a block inside a region's schema (accepts a Region or a schema name)."""
    schema = region if isinstance(region, str) else region.schema_name
    with schema_context(schema):
        yield
