"""Test fixtures shared by every app.

The test database is real PostgreSQL (embedded unless DATABASE_URL is set). Migrations run
once per session (public schema + region template); two regions, Jena and Weimar, are
cloned from the template once per session and reused. Tests run inside a transaction that
is rolled back, so data written in a region schema disappears after each test.
Do not use `transactional_db`: its flush would truncate the shared public tables.

Uploaded files go to a temporary MEDIA_ROOT (settings/test.py), removed after the session.
The shared taxonomies are read and validated once per session by the real loader; the
`taxonomies` fixture writes that snapshot into the test's transaction with a few bulk inserts.
"""

import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django_tenants.utils import get_public_schema_name, schema_context, tenant_context

from tenants.models import Region
from tenants.provisioning import RegionSpec, create_region, ensure_public_region
from tests.browser.server import CHROMIUM, DEMO_BUILD, start_demo_build

REGIONS = {
    "jena": RegionSpec(
        name="Jena", slug="jena", domains=["jena.localhost"], regional_key="160530000000"
    ),
    "weimar": RegionSpec(
        name="Weimar", slug="weimar", domains=["weimar.localhost"], regional_key="160550000000"
    ),
}


def _is_browser_test(item) -> bool:
    return item.get_closest_marker("browser") is not None


def pytest_collection_modifyitems(config, items):
    """Browser tests run last: their demo server is built in the background meanwhile."""
    items.sort(key=_is_browser_test)


def pytest_sessionfinish(session, exitstatus):
    demo = session.config.stash.get(DEMO_BUILD, None)
    if demo is not None:
        demo.stop()
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.is_relative_to(tempfile.gettempdir()):
        shutil.rmtree(media_root, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ensure_public_region("localhost")
        for slug, spec in REGIONS.items():
            if not Region.objects.filter(slug=slug).exists():
                create_region(spec)
        connection.set_schema_to_public()
        if Path(CHROMIUM).exists() and any(map(_is_browser_test, request.session.items)):
            test_db = connection.settings_dict["NAME"]
            request.config.stash[DEMO_BUILD] = start_demo_build(template=test_db)
    yield


class _Rollback(Exception):
    pass


@pytest.fixture(scope="session")
def taxonomy_rows(django_db_setup, django_db_blocker) -> list:
    """The shipped taxonomy files as unsaved model instances (loaded once, then rolled back)."""
    from einblick.taxonomy.loader import ORDER, load_taxonomies
    from einblick.taxonomy.models import TAXONOMY_MODELS

    rows = []
    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                load_taxonomies()
                for name in ORDER:
                    model = TAXONOMY_MODELS[name]
                    rows.append((model, [model(**v) for v in model.objects.values()]))
                raise _Rollback
        except _Rollback:
            pass
    return rows


@pytest.fixture
def taxonomies(db, taxonomy_rows):
    """The shared taxonomies (public schema) as `load_taxonomies` leaves them, rolled back
    with the test."""
    with schema_context(get_public_schema_name()):
        for model, objs in taxonomy_rows:
            model.objects.bulk_create(objs)


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
    """Run the test body inside Jena's schema (back to public afterwards).

    The client fixtures keep it that way across requests; to look into another region for a
    moment use `with tenant_context(other_region):` (django_tenants.utils), which restores it.
    """
    with tenant_context(jena_region):
        yield jena_region


@pytest.fixture
def weimar(weimar_region):
    """Run the test body inside Weimar's schema (see `jena`)."""
    with tenant_context(weimar_region):
        yield weimar_region


class RegionClient(Client):
    """A test client for one host that leaves the test's schema as it found it.

    The middleware switches the connection to the host's schema for each request; without
    the restore, a test working in Jena would go on in Weimar after a request to Weimar.
    """

    def request(self, **request):
        previous = connection.tenant
        try:
            return super().request(**request)
        finally:
            if previous is None:
                connection.set_schema_to_public()
            else:
                connection.set_tenant(previous)


def host_client(host: str) -> Client:
    return RegionClient(HTTP_HOST=host)


@pytest.fixture
def jena_client(db) -> Client:
    return host_client("jena.localhost")


@pytest.fixture
def weimar_client(db) -> Client:
    return host_client("weimar.localhost")


@pytest.fixture
def portal_client(db) -> Client:
    return host_client("localhost")
