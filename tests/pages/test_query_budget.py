"""Query budget (issue 17): every public page type answers uncached in at most 15 queries,
however many items it shows (measured at two data sizes). Routing (the Wagtail site, the
active Locale, view restrictions), theme, menu and taxonomy visibility come from the
per-region caches (tenants.versions, tenants.wagtail_hooks); the page cache is off here."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import tenant_context

from tests import factories

BUDGET = 15


def _fill(n: int, field):
    """n employers with two offers each, n events and n standard pages in the menu."""
    for i in range(n):
        employer = factories.employer(f"Betrieb {n}-{i:02d}", occupational_fields=[field])
        for j in range(2):
            factories.offer(
                f"Praktikum {n}-{i}-{j} (m/w/d)", employer_obj=employer, occupational_fields=[field]
            )
        factories.event(f"Messe {n}-{i}", start=timezone.now() + datetime.timedelta(days=i + 1))
        factories.page(f"Seite {n}-{i}", f"seite-{n}-{i}")


def _paths(field) -> dict[str, tuple[str, str]]:
    from einblick.employers.models import Employer
    from einblick.events.models import Event
    from einblick.offers.models import Offer

    offer = Offer.objects.public().order_by("pk").first()
    return {
        "home": ("jena.localhost", "/"),
        "offer list": ("jena.localhost", "/angebote/"),
        "offer list filtered": ("jena.localhost", f"/angebote/?berufsfeld={field.slug}"),
        "offer": ("jena.localhost", offer.get_url()),
        "employer list": ("jena.localhost", "/arbeitgeber/"),
        "employer": ("jena.localhost", Employer.objects.order_by("pk").first().get_url()),
        "event list": ("jena.localhost", "/veranstaltungen/"),
        "event": ("jena.localhost", Event.objects.order_by("pk").first().get_url()),
        "standard page": ("jena.localhost", "/seite-1-0/"),
        "search": ("jena.localhost", "/suche/?q=Praktikum"),
        "portal": ("localhost", "/"),
    }


def _queries(clients, host, path) -> int:
    client = clients[host]
    assert client.get(path).status_code == 200  # fills the per-region caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(ctx.captured_queries)


@pytest.fixture
def clients(jena_client, portal_client):
    return {"jena.localhost": jena_client, "localhost": portal_client}


def test_every_public_page_stays_within_the_budget_at_any_size(jena_region, clients, taxonomies):
    # given one item of each kind, then many more
    with tenant_context(jena_region):
        field = factories.occupational_field()
        _fill(1, field)
        paths = _paths(field)
    few = {name: _queries(clients, *where) for name, where in paths.items()}
    with tenant_context(jena_region):
        _fill(25, field)
    many = {name: _queries(clients, *where) for name, where in paths.items()}
    # then no page exceeds the budget and none grows with the data
    assert {name: n for name, n in many.items() if n > BUDGET} == {}
    assert many == few
