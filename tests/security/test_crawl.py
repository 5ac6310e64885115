"""Crawl every URL of both URL confs as every role: never a 500, never another company's data.

The URL list comes from the resolver (tests/security/crawl_urls.py), so a new view or
snippet is crawled without touching this test. Parameters are filled with real ids
(tests/security/crawl_world.py), including ids of another company's draft and of objects
that exist only in another region. GET only; each request runs in a savepoint that is
rolled back, so confirmation pages cannot change what later requests see.
"""

import time
import traceback

import pytest
from django.db import connection, transaction
from django.test import Client

from tests.security.crawl_urls import materialize, routes
from tests.security.crawl_world import build_jena, build_public, build_weimar

ALLOWED = {200, 301, 302, 304, 400, 403, 404, 405, 429}
# Listing, search and chooser endpoints also get a search term with a NUL byte.
_SEARCHABLE = ("choose", "choose_results", "results", "search", "listing", "find", "list", "index")
NUL_QUERY = "?q=a%00b"
COMPANY = "company login"


class _Rollback(Exception):
    def __init__(self, response):
        self.response = response


def _get(client, path):
    try:
        with transaction.atomic():
            raise _Rollback(client.get(path))
    except _Rollback as done:
        return done.response


def _requests(urlconf, world, all_ids):
    """(path, label) for every route of `urlconf`, plus NUL-byte searches and bulk ids.

    `all_ids`: also request each route with foreign ids (another company's, another
    region's); otherwise only with own ids, and without the extra searches.
    """
    for route in routes(urlconf):
        for path, label in materialize(route, world):
            if label == "foreign" and not all_ids:
                continue
            yield path, label
            short = route.name.rsplit(":", 1)[-1]
            if all_ids and short in _SEARCHABLE and "?" not in path:
                api = route.name.startswith("wagtailadmin_api")
                yield path + ("?search=a%00b" if api else NUL_QUERY), label
            if route.name == "wagtail_bulk_action":
                ids = "&".join(f"id={pk}" for pk in world.ids(path.split("/")[3] + ".offer"))
                yield f"{path}?{ids}", label


def _client(host, user=None, region=None):
    client = Client(HTTP_HOST=host, raise_request_exception=False)
    if user is not None:
        if region is None:
            connection.set_schema_to_public()
        else:
            connection.set_tenant(region)
        client.force_login(user)
    return client


@pytest.fixture
def crawl_setup(jena_region, weimar_region):
    weimar_editor = build_weimar(weimar_region)
    jena_world, company, editor = build_jena(jena_region)
    public_world, admin = build_public()
    region, public = "einblick.urls_tenants", "einblick.urls_public"
    roles = {
        "anonymous (region host)": (region, jena_world, _client("jena.localhost"), False),
        COMPANY: (region, jena_world, _client("jena.localhost", company, jena_region), True),
        "region editor": (region, jena_world, _client("jena.localhost", editor, jena_region), True),
        "editor of another region": (
            region,
            jena_world,
            _client("weimar.localhost", weimar_editor, weimar_region),
            True,
        ),
        "anonymous (public host)": (public, public_world, _client("localhost"), False),
        "platform admin": (public, public_world, _client("localhost", admin), True),
    }
    connection.set_schema_to_public()
    return roles


def _crawl(roles):
    """Request every path as every role: (requests, distinct URLs, server errors, leaks)."""
    bad, leaks, urls, count = [], [], set(), 0
    for role, (urlconf, world, client, all_ids) in roles.items():
        for path, label in _requests(urlconf, world, all_ids):
            response = _get(client, path)
            count += 1
            urls.add((urlconf, path.split("?")[0]))
            if response.status_code not in ALLOWED:
                exc = getattr(response, "exc_info", None)
                detail = traceback.format_exception_only(exc[1])[-1].strip() if exc else ""
                bad.append(f"{role} GET {path} -> {response.status_code}: {detail[:300]}")
            foreign_admin = label == "foreign" and path.startswith("/cms/")
            if role == COMPANY and foreign_admin and response.status_code == 200:
                leaks.append(path)
    return count, urls, bad, leaks


def test_crawl_every_url_as_every_role(crawl_setup, capsys):
    started = time.monotonic()

    count, urls, bad, leaks = _crawl(crawl_setup)

    seconds = time.monotonic() - started
    with capsys.disabled():
        print(
            f"\ncrawl: {len(urls)} URLs x {len(crawl_setup)} roles = {count} requests, "
            f"{len(bad)} server errors, {len(leaks)} foreign-object 200s ({seconds:.0f} s)"
        )
    assert bad == [], "\n".join(bad)
    assert leaks == [], "company login got 200 on another company's object:\n" + "\n".join(leaks)
