"""Crawl every URL of both URL confs as every role: never a 500, never another company's data.

The URL list comes from the resolver (tests/security/crawl_urls.py), so a new view or
snippet is crawled without touching this test. Parameters are filled with real ids
(tests/security/crawl_world.py), including ids of another company's draft and of objects
that exist only in another region. GET only; each request runs in a savepoint that is
rolled back, so confirmation pages cannot change what later requests see.
"""

import time
import traceback
from dataclasses import dataclass

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


@dataclass
class Role:
    urlconf: str
    world: object
    client: Client
    foreign_ids: bool = False  # also with ids of another company / another region
    searches: bool = False  # also listings and choosers searched with a NUL byte
    id_routes_only: bool = False  # only routes that take an object id or a model


def _requests(role):
    """(path, label) for every route of the role's URL conf, with ids filled in."""
    for route in routes(role.urlconf):
        if role.id_routes_only and not route.params:
            continue
        for path, label in materialize(route, role.world):
            if label == "foreign" and not role.foreign_ids:
                continue
            yield path, label
            short = route.name.rsplit(":", 1)[-1]
            if role.searches and short in _SEARCHABLE and "?" not in path:
                api = route.name.startswith("wagtailadmin_api")
                yield path + ("?search=a%00b" if api else NUL_QUERY), label
            if route.name == "wagtail_bulk_action":
                model = ".".join(path.split("/")[3:5])
                ids = "&".join(f"id={pk}" for pk in role.world.ids(model))
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
    jena_host = "jena.localhost"
    roles = {
        "anonymous (region host)": Role(region, jena_world, _client(jena_host)),
        COMPANY: Role(region, jena_world, _client(jena_host, company, jena_region), True, True),
        "region editor": Role(
            region, jena_world, _client(jena_host, editor, jena_region), searches=True
        ),
        # Jena's ids on Weimar's host: another region's objects must not be reachable.
        "editor of another region": Role(
            region,
            jena_world,
            _client("weimar.localhost", weimar_editor, weimar_region),
            id_routes_only=True,
        ),
        "anonymous (public host)": Role(public, public_world, _client("localhost")),
        "platform admin": Role(public, public_world, _client("localhost", admin), searches=True),
    }
    connection.set_schema_to_public()
    return roles


def _crawl(roles):
    """Request every path as every role: (requests, distinct URLs, server errors, leaks)."""
    bad, leaks, urls, count = [], [], set(), 0
    for name, role in roles.items():
        for path, label in _requests(role):
            response = _get(role.client, path)
            count += 1
            urls.add((role.urlconf, path.split("?")[0]))
            if response.status_code not in ALLOWED:
                exc = getattr(response, "exc_info", None)
                detail = traceback.format_exception_only(exc[1])[-1].strip() if exc else ""
                bad.append(f"{name} GET {path} -> {response.status_code}: {detail[:300]}")
            foreign_admin = label == "foreign" and path.startswith("/cms/")
            if name == COMPANY and foreign_admin and response.status_code == 200:
                leaks.append(path)
    return count, urls, bad, leaks


ROLES = [
    "anonymous (region host)",
    COMPANY,
    "region editor",
    "editor of another region",
    "anonymous (public host)",
    "platform admin",
]


def test_the_crawl_covers_every_role(crawl_setup):
    assert sorted(crawl_setup) == sorted(ROLES)


# One test per role, so parallel workers share the crawl.
@pytest.mark.parametrize("role", ROLES)
def test_crawl_every_url_as_every_role(role, crawl_setup, capsys, settings):
    # One `SET search_path` per request instead of one per cursor: the region middleware
    # selects the schema on every request, which resets django-tenants' flag.
    settings.TENANT_LIMIT_SET_CALLS = True
    started = time.monotonic()

    count, urls, bad, leaks = _crawl({role: crawl_setup[role]})

    seconds = time.monotonic() - started
    with capsys.disabled():
        print(
            f"\ncrawl as {role}: {len(urls)} URLs, {count} requests, "
            f"{len(bad)} server errors, {len(leaks)} foreign-object 200s ({seconds:.0f} s)"
        )
    assert bad == [], "\n".join(bad)
    assert leaks == [], "company login got 200 on another company's object:\n" + "\n".join(leaks)
