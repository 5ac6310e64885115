"""Never overbooked: 200 simultaneous registrations for 50 seats, then 10 cancellations.

The rows must be committed for other connections to see them, so this test works outside
the usual rolled-back transaction and removes its event itself (tests/events/concurrency.py).
"""

from django.core import mail

from einblick.events.registrations import Registration, Status
from tests.events.concurrency import cancel_some, committed_event, counts, register_many


def test_200_concurrent_registrations_for_50_seats_never_overbook(db):
    mail.outbox = []
    with committed_event("jena", capacity=50) as (region, event):
        # when 200 people register at the same moment
        outcome = register_many(region, event, 200)
        print(
            f"\n200 gleichzeitige Anmeldungen, 50 Plätze: {outcome.held_or_confirmed} Plätze "
            f"vergeben, {outcome.waiting} auf der Warteliste, {outcome.seconds:.2f} s"
        )
        # then exactly 50 hold a seat and 150 wait, and everybody got a mail
        assert outcome.errors == []
        assert (outcome.held_or_confirmed, outcome.waiting) == (50, 150)
        assert len(mail.outbox) == 200
        # when 10 seat holders cancel at the same moment
        seconds, errors = cancel_some(region, event, 10)
        print(f"10 gleichzeitige Abmeldungen: {seconds:.2f} s")
        # then exactly 10 move up from the waiting list, the first 10 in line
        assert errors == []
        assert counts(event) == (50, 140)
        cancelled = Registration.objects.filter(event=event, status=Status.CANCELLED).count()
        assert cancelled == 10
        promoted = [m for m in mail.outbox if m.subject.startswith("Sie sind nachgerückt")]
        assert len(promoted) == 10
        still_waiting = Registration.objects.filter(event=event, status=Status.WAITING)
        first_waiting = (
            Registration.objects.filter(event=event)
            .exclude(status=Status.CANCELLED)
            .order_by("created_at", "pk")[50:]
        )
        assert set(still_waiting) == set(first_waiting)
