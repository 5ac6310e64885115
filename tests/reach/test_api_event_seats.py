"""The open API's events name seats left and the registration link (issue 11)."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.events import booking
from einblick.events.registrations import Status
from tests import factories


def _by_slug(data) -> dict:
    return {item["slug"]: item for item in data["results"]}


def test_event_list_shows_seats_left_state_and_registration_link(jena, jena_client):
    # given a bookable event with 10 seats: 3 confirmed, a class of 4 held, one cancelled
    fair = factories.bookable_event("Messe", capacity=10)
    for _ in range(3):
        factories.registration(fair)
    factories.registration(fair, status=Status.HELD, is_group=True, group_size=4)
    factories.registration(fair, status=Status.CANCELLED)
    # and a tour with two slots (5 seats, full; 4 seats, one taken)
    tour = factories.bookable_event("Führung", capacity=None, slots=[("10 Uhr", 5), ("12 Uhr", 4)])
    ten, twelve = tour.slots.order_by("sort_order")
    factories.registration(tour, slot=ten, is_group=True, group_size=5)
    factories.registration(tour, slot=twelve)
    factories.registration(tour, slot=ten, status=Status.WAITING)
    # and one with registration elsewhere, one whose registration opens later, one plain
    factories.event("Messe extern", registration_url="https://anmeldung.example.org/messe")
    later = timezone.now() + datetime.timedelta(days=3)
    factories.bookable_event("Später", capacity=5, registration_opens=later)
    factories.event("Vortrag")

    # when the API lists the events
    data = _by_slug(jena_client.get("/api/v1/events/").json())

    # then each names its seats left, registration state and link
    facts = {
        slug: (item["registration"], item["registration_state"], item["seats_left"])
        for slug, item in data.items()
    }
    assert facts == {
        "messe": ("online", "open", 3),
        "fuhrung": ("online", "open", 3),
        "messe-extern": ("link", "none", None),
        "spater": ("online", "not_yet", 5),
        "vortrag": ("none", "none", None),
    }
    assert data["messe"]["registration_link"] == (
        f"http://jena.localhost{fair.get_url()}#anmeldung"
    )
    assert data["messe-extern"]["registration_link"] == "https://anmeldung.example.org/messe"
    assert data["vortrag"]["registration_link"] == ""


def test_event_detail_counts_seats_as_the_event_page_does(jena, jena_client):
    tour = factories.bookable_event("Führung", capacity=None, slots=[("10 Uhr", 5), ("12 Uhr", 4)])
    booking.register(tour, {"name": "A", "email": "a@example.org", "slot": tour.slots.first()})
    on_page = sum(row["left"] for row in booking.seats_overview(tour))

    detail = jena_client.get(f"/api/v1/events/{tour.slug}/").json()

    assert detail["seats_left"] == on_page == 8
    assert detail["registration_link"].endswith(f"{tour.get_url()}#anmeldung")


def test_event_list_queries_do_not_grow_with_bookable_events(jena, jena_client):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert jena_client.get("/api/v1/events/").status_code == 200
        return len(captured)

    factories.registration(factories.bookable_event("Eins", capacity=5))
    queries()  # warm the per-process caches (site, settings)
    few = queries()
    for n in range(6):
        event = factories.bookable_event(f"Mehr {n}", capacity=None, slots=[("A", 3), ("B", 2)])
        factories.registration(event, slot=event.slots.first())
    queries()  # new content moves the content version on: site and brand are read again once

    assert queries() == few


def test_seats_are_counted_per_region(jena, jena_region, weimar_region, weimar_client):
    # given an event of the same name in Jena (2 of 5 seats taken) and in Weimar (none taken)
    jena_event = factories.bookable_event("Messe", capacity=5)
    factories.registration(jena_event, group_size=2, is_group=True)
    with tenant_context(weimar_region):
        factories.bookable_event("Messe", capacity=5)

    # when Weimar's API is asked
    data = _by_slug(weimar_client.get("/api/v1/events/").json())

    # then it shows Weimar's seats only
    assert data["messe"]["seats_left"] == 5
    assert data["messe"]["registration_link"].startswith("http://weimar.localhost/")
