"""The demo shows online registration: open events (one with slots), a full event with a
waiting list and a class registration, in Jena and in Weimar (issue 11)."""

from django_tenants.utils import tenant_context

from einblick.demo.management.commands.load_demo_content import load_region
from einblick.events import booking
from einblick.events.models import Event
from einblick.events.registrations import Registration, Status

SCALE = 0.1


def load_demo(region):
    return load_region(region, index=False, pages=False, scale=SCALE)


def _event(title_start):
    return Event.objects.get(title__startswith=title_start)


def test_demo_regions_have_open_full_and_class_registrations(
    taxonomies, jena_region, weimar_region
):
    for region in (jena_region, weimar_region):
        report = load_demo(region)

        with tenant_context(region):
            open_events = [e for e in Event.objects.upcoming() if e.registration_state() == "open"]
            tour = _event("Tag der offenen Tür")
            tour_seats = {row["label"]: row["left"] for row in booking.seats_overview(tour)}
            full = _event("Bewerbungstraining")
            full_seats = booking.seats(full)
            full_rows = Registration.objects.filter(event=full)
            fair = _event("Ausbildungsmesse")
            classes = list(Registration.objects.filter(event=fair, is_group=True))
            not_yet = _event("Betriebserkundung")

            assert report.registrations == Registration.objects.count() > 100
            assert len(open_events) >= 4
            assert tour in open_events
            assert tour_seats == {
                "Führung 10:00 Uhr": 6,
                "Führung 11:30 Uhr": 0,
                "Führung 13:00 Uhr": 1,
            }
            assert (full_seats.capacity, full_seats.left, full_seats.waiting) == (16, 0, 5)
            assert full_rows.filter(status=Status.CONFIRMED).count() == 16
            assert full_rows.filter(status=Status.WAITING).count() == 5
            assert full.min_age == 14 and full.guardian_consent
            assert all(r.email.endswith("@example.org") and " " in r.name for r in full_rows)
            assert sorted(r.group_size for r in classes) == [14, 24, 27]
            assert all(r.school and r.school_class for r in classes)
            assert not_yet.registration_state() in ("not_yet", "open")
            assert not_yet.registration_opens is not None


def test_waiting_list_of_the_demo_is_in_order_and_promotes_on_cancel(taxonomies, jena_region):
    load_demo(jena_region)

    with tenant_context(jena_region):
        full = _event("Bewerbungstraining")
        first_waiting = Registration.objects.filter(event=full).waiting_in_order().first()
        holder = Registration.objects.filter(event=full, status=Status.CONFIRMED).first()
        promoted = booking.cancel(holder, notify=False)

        assert promoted == [first_waiting]
        assert booking.seats(full).waiting == 4


def test_second_run_adds_no_registrations_and_keeps_what_visitors_did(taxonomies, jena_region):
    load_demo(jena_region)
    with tenant_context(jena_region):
        full = _event("Bewerbungstraining")
        holder = Registration.objects.filter(event=full, status=Status.CONFIRMED).first()
        booking.cancel(holder, notify=False)
        before = Registration.objects.count()

    second = load_demo(jena_region)

    with tenant_context(jena_region):
        holder.refresh_from_db()
        assert second.registrations == 0
        assert second.models["Veranstaltungen"].updated == 0
        assert Registration.objects.count() == before
        assert holder.status == Status.CANCELLED


def test_demo_registrations_stay_in_their_region(taxonomies, jena_region, weimar_region):
    load_demo(jena_region)

    with tenant_context(weimar_region):
        assert Registration.objects.count() == 0
    with tenant_context(jena_region):
        assert Registration.objects.count() > 100


def test_demo_slots_are_in_the_published_revision(taxonomies, jena_region):
    load_demo(jena_region)

    with tenant_context(jena_region):
        tour = _event("Tag der offenen Tür")
        published = tour.live_revision.as_object()

        assert [s.label for s in published.slots.all()] == [
            "Führung 10:00 Uhr",
            "Führung 11:30 Uhr",
            "Führung 13:00 Uhr",
        ]
