"""Test fixtures shared by every app.

The test database is real PostgreSQL (embedded unless DATABASE_URL is set). Migrations run
once per session (public schema + region template); two regions, Jena and Weimar, are
cloned from the template once per session and reused. Tests run inside a transaction that
is rolled back, so data written in a region schema disappears after each test.
Do not use `transactional_db`: its flush would truncate the shared public tables.
"""

import pytest
from django.db import connection
from django.test import Client

from tenants.models import Region
from tenants.provisioning import RegionSpec, create_region, ensure_public_region

REGIONS = {
    "jena": RegionSpec(
        name="Jena", slug="jena", domains=["jena.localhost"], regional_key="160530000000"
    ),
    "weimar": RegionSpec(
        name="Weimar", slug="weimar", domains=["weimar.localhost"], regional_key="160550000000"
    ),
}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ensure_public_region("localhost")
        for slug, spec in REGIONS.items():
            if not Region.objects.filter(slug=slug).exists():
                create_region(spec)
        connection.set_schema_to_public()
    yield


@pytest.fixture(autouse=True)
def _back_to_public():
    """Every test starts and ends in the public schema with an empty cache.

    The cache outlives the rolled-back transaction, so values cached by one test (portal
    brands, Wagtail site paths) must not leak into the next.
    """
    from django.core.cache import cache

    connection.set_schema_to_public()
    yield
    connection.set_schema_to_public()
    cache.clear()


@pytest.fixture
def jena_region(db) -> Region:
    return Region.objects.get(slug="jena")


@pytest.fixture
def weimar_region(db) -> Region:
    return Region.objects.get(slug="weimar")


@pytest.fixture
def jena(jena_region):
    """Run the test body inside Jena's schema."""
    connection.set_tenant(jena_region)
    yield jena_region
    connection.set_schema_to_public()


@pytest.fixture
def weimar(weimar_region):
    connection.set_tenant(weimar_region)
    yield weimar_region
    connection.set_schema_to_public()


def host_client(host: str) -> Client:
    return Client(HTTP_HOST=host)


@pytest.fixture
def jena_client(db) -> Client:
    return host_client("jena.localhost")


@pytest.fixture
def weimar_client(db) -> Client:
    return host_client("weimar.localhost")


@pytest.fixture
def portal_client(db) -> Client:
    return host_client("localhost")
