"""Seats, waiting list, confirmation and promotion (events.booking)."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from einblick.events import booking
from einblick.events.registrations import Registration, Status
from tests import factories


def _data(n, **extra):
    return {"name": f"Person {n}", "email": f"p{n}@example.org", **extra}


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks (mails) of the block."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def test_registration_holds_a_seat_until_confirmed_and_mails_a_link(jena, commit):
    event = factories.bookable_event("Schnuppertag", capacity=2)
    with commit():
        registration = booking.register(event, _data(1))
    assert registration.status == Status.HELD
    assert booking.seats(event).left == 1
    (message,) = mail.outbox
    assert message.to == ["p1@example.org"]
    assert message.subject == "Bitte bestätigen: Schnuppertag"
    assert "/veranstaltungen/meine-anmeldung/" in message.body
    assert [m for _c, m in message.alternatives] == ["text/html"]
    (name, ics, mimetype) = message.attachments[0]
    assert (name, mimetype) == (f"{event.slug}.ics", "text/calendar")
    assert "SUMMARY:Schnuppertag" in ics
    booking.confirm(registration)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert registration.expires_at is None
    assert booking.seats(event).left == 1


def test_full_event_puts_people_on_the_waiting_list_and_a_cancellation_promotes(jena, commit):
    event = factories.bookable_event("Speed-Dating", capacity=1)
    first = booking.register(event, _data(1))
    second = booking.register(event, _data(2))
    third = booking.register(event, _data(3))
    assert [first.status, second.status, third.status] == [
        Status.HELD,
        Status.WAITING,
        Status.WAITING,
    ]
    booking.confirm(second)  # a confirmed waiting person is promoted straight to "confirmed"
    mail.outbox.clear()
    with commit():
        promoted = booking.cancel(first)
    assert [p.pk for p in promoted] == [second.pk]
    second.refresh_from_db()
    assert second.status == Status.CONFIRMED
    assert sorted(m.subject for m in mail.outbox) == [
        "Abmeldung bestätigt: Speed-Dating",
        "Sie sind nachgerückt: Speed-Dating",
    ]
    assert Registration.objects.get(pk=third.pk).status == Status.WAITING


def test_a_class_takes_as_many_seats_as_people_and_smaller_ones_may_pass_it(jena):
    event = factories.bookable_event("Betriebserkundung", capacity=10, allow_groups=True)
    klasse = booking.register(event, _data(1, is_group=True, group_size=8))
    big = booking.register(event, _data(2, is_group=True, group_size=5))
    single = booking.register(event, _data(3))
    assert [klasse.status, big.status, single.status] == [Status.HELD, Status.WAITING, Status.HELD]
    assert booking.seats(event).left == 1
    booking.cancel(single)
    # one seat free: the class of 5 does not fit, nobody else waits
    assert Registration.objects.get(pk=big.pk).status == Status.WAITING
    booking.cancel(klasse)
    assert Registration.objects.get(pk=big.pk).status == Status.HELD
    assert booking.seats(event).left == 5


def test_slots_have_their_own_seats(jena):
    event = factories.bookable_event(
        "Schnuppertag", capacity=None, slots=[("9 Uhr", 1), ("11 Uhr", 2)]
    )
    early, late = event.slots.all()
    a = booking.register(event, _data(1, slot=early))
    b = booking.register(event, _data(2, slot=early))
    c = booking.register(event, _data(3, slot=late))
    assert [a.status, b.status, c.status] == [Status.HELD, Status.WAITING, Status.HELD]
    assert [(r["label"], r["left"], r["waiting"]) for r in booking.seats_overview(event)] == [
        ("9 Uhr", 0, 1),
        ("11 Uhr", 1, 0),
    ]
    # moving to a slot with a free seat takes that seat
    booking.change(b, slot=late, group_size=1, note="")
    b.refresh_from_db()
    assert (b.slot, b.status) == (late, Status.HELD)
    assert [r["left"] for r in booking.seats_overview(event)] == [0, 0]


def test_changing_to_a_bigger_group_is_refused_when_seats_are_missing(jena):
    event = factories.bookable_event("Messe", capacity=5, allow_groups=True)
    registration = booking.register(event, _data(1, is_group=True, group_size=3))
    booking.register(event, _data(2))
    with pytest.raises(booking.RegistrationRefused, match="nicht genug Plätze"):
        booking.change(registration, slot=None, group_size=5, note="")
    booking.change(registration, slot=None, group_size=4, note="Rollstuhl")
    registration.refresh_from_db()
    assert (registration.group_size, registration.note) == (4, "Rollstuhl")
    assert booking.seats(event).left == 0


def test_registration_outside_the_window_and_over_the_email_cap_is_refused(jena):
    now = timezone.now()
    later = factories.bookable_event("Später", registration_opens=now + dt.timedelta(days=1))
    closed = factories.bookable_event("Vorbei", registration_closes=now - dt.timedelta(hours=1))
    for event in (later, closed):
        with pytest.raises(booking.RegistrationRefused, match="nicht geöffnet"):
            booking.register(event, _data(1))
    capped = factories.bookable_event("Messe", max_per_email=2)
    booking.register(capped, _data(1))
    booking.register(capped, _data(1, name="Geschwister"))
    with pytest.raises(booking.RegistrationRefused, match="höchstmögliche Zahl"):
        booking.register(capped, {"name": "Drei", "email": "P1@EXAMPLE.org"})
    assert Registration.objects.filter(event=capped).count() == 2


def test_expired_link_is_taken_again_when_seats_are_free(jena):
    event = factories.bookable_event("Messe", capacity=1)
    registration = booking.register(event, _data(1))
    Registration.objects.filter(pk=registration.pk).update(status=Status.EXPIRED)
    booking.confirm(registration)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
