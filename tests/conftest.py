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
from django.db import connection, connections, transaction
from django.test import Client
from django_tenants.utils import get_public_schema_name, schema_context, tenant_context

from tenants.models import Region
from tenants.provisioning import RegionSpec, create_region, ensure_public_region
from tests import parallel
from tests.browser.server import (
    CHROMIUM,
    DEMO_BUILD,
    DemoServer,
    admin_connection,
    start_demo_build,
)

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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests without a database first, browser tests last (their demo server is built in the
    background meanwhile), all on one xdist worker (`pytest_xdist_make_scheduler` below).
    After pytest-django's own ordering (database tests first), keeping its order otherwise."""
    parallel.order_items(config, items, _is_browser_test)


def pytest_xdist_make_scheduler(config, log):
    """`--dist loadgroup` with the browser tests as one group, chosen by path.

    xdist marks a group by appending `@group` to the node id, which pytest 9 no longer lets a
    plugin change: the `xdist_group` mark is silently ignored and browser tests spread over
    all workers. Grouping by path needs no mark."""
    if config.getvalue("dist") != "loadgroup":
        return None
    return parallel.BrowserGroupScheduling(config, log)


def pytest_configure(config):
    parallel.name_the_run(config)


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    demo = config.stash.get(DEMO_BUILD, None)
    if demo is not None and parallel.worker_id(config) is None:
        demo.stop()  # a plain run; with xdist the controller stops it (below)
    if parallel.worker_id(config) is None and parallel.uses_workers(config):
        info = parallel.peek_marker(config, parallel.DATABASE_MARKER)
        if info.get("demo"):
            DemoServer.from_dict(info["demo"]).stop()
        shutil.rmtree(parallel.shared_dir(config), ignore_errors=True)
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.is_relative_to(tempfile.gettempdir()):
        shutil.rmtree(media_root, ignore_errors=True)


def _provision_regions():
    ensure_public_region("localhost")
    for slug, spec in REGIONS.items():
        if not Region.objects.filter(slug=slug).exists():
            create_region(spec)
    connection.set_schema_to_public()


def _share_with_workers(config, wants_demo: bool) -> None:
    """On the first xdist worker: copy the finished test database for the other workers and
    start the demo build from it, then tell them (tests/parallel.py)."""
    source = connection.settings_dict["NAME"]
    connections.close_all()
    with admin_connection() as admin:
        for number in range(1, parallel.worker_count(config)):
            target = parallel.worker_database(source, f"gw{number}")
            parallel.clone_database(admin, source, target)
    demo = start_demo_build(template=source) if wants_demo else None
    if demo is not None:
        config.stash[DEMO_BUILD] = demo
    parallel.write_marker(
        config,
        parallel.DATABASE_MARKER,
        {"database": source, "demo": demo.as_dict() if demo else None},
    )


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database: migrated once (by the first xdist worker), with Jena and Weimar."""
    from django.test.utils import setup_databases, teardown_databases

    config, verbosity = request.config, request.config.option.verbose
    worker = parallel.worker_id(config)
    keepdb = django_db_keepdb and not django_db_createdb
    wants_demo = Path(CHROMIUM).exists() and any(map(_is_browser_test, request.session.items))
    db_cfg = None
    with django_db_blocker.unblock():
        if worker in (None, parallel.FIRST_WORKER):
            try:
                db_cfg = setup_databases(verbosity=verbosity, interactive=False, keepdb=keepdb)
                _provision_regions()
                if worker is not None:
                    _share_with_workers(config, wants_demo)
            except BaseException as exc:
                if worker is not None:
                    parallel.write_marker(config, parallel.DATABASE_MARKER, {"error": repr(exc)})
                raise
            if worker is None and wants_demo:
                config.stash[DEMO_BUILD] = start_demo_build(
                    template=connection.settings_dict["NAME"]
                )
        else:
            info = parallel.read_marker(config, parallel.DATABASE_MARKER)
            if "error" in info:
                raise RuntimeError(f"test database setup failed on gw0: {info['error']}")
            parallel.use_database(parallel.worker_database(info["database"], worker))
    yield
    with django_db_blocker.unblock():
        if db_cfg is None:
            name = connection.settings_dict["NAME"]
            connections.close_all()
            with admin_connection() as admin:
                parallel.drop_database(admin, name)
        elif not keepdb:
            teardown_databases(db_cfg, verbosity=verbosity)


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
    from django.core.cache import cache, caches

    connection.set_schema_to_public()
    yield
    connection.set_schema_to_public()
    cache.clear()
    caches["pages"].clear()


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


@pytest.fixture
def offers_in_both_regions(db) -> None:
    """One published offer of Jena and one of Weimar in the search index: the cross-region
    portal lists only regions with published offers (issue 19)."""
    from search.backends import postgres_backend
    from search.documents import SearchDocument

    postgres_backend().upsert(
        [
            SearchDocument(
                region=slug,
                region_name=slug.title(),
                kind="offer",
                object_id=9000 + n,
                title=f"Schnuppertag in {slug.title()}",
                url="/angebote/schnuppertag/",
            )  # fmt: skip
            for n, slug in enumerate(("jena", "weimar"))
        ]
    )
