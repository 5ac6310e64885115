"""Benchmark: 200 registrations for an event with 50 seats, concurrent vs one after another.

Run with `make bench`. Both runs use fresh committed events in the same run (baseline:
the same 200 registrations from one connection in sequence). Prints seats given out, the
waiting list, the time taken and the cancel-10-promote-10 step. No timing assertions.
"""

import time

from django.core import mail

from einblick.events import booking
from tests.events.concurrency import (
    cancel_some,
    committed_event,
    counts,
    in_own_thread,
    register_many,
)

PEOPLE, SEATS = 200, 50


def _sequential(region, event) -> float:
    def work():
        started = time.perf_counter()
        for n in range(PEOPLE):
            booking.register(event, {"name": f"Person {n}", "email": f"s{n}@example.org"})
        return time.perf_counter() - started

    return in_own_thread(region, work)


def test_events_concurrency_bench(db):
    mail.outbox = []
    with committed_event("jena", capacity=SEATS) as (region, event):
        baseline = _sequential(region, event)
        base_counts = counts(event)
    with committed_event("jena", capacity=SEATS) as (region, event):
        outcome = register_many(region, event, PEOPLE)
        cancel_seconds, cancel_errors = cancel_some(region, event, 10)
        after_cancel = counts(event)

    print(
        f"\nVeranstaltung mit {SEATS} Plätzen, {PEOPLE} Anmeldungen"
        f"\n  nacheinander (Basis):  {base_counts[0]} Plätze, {base_counts[1]} Warteliste, "
        f"{baseline:.2f} s"
        f"\n  gleichzeitig (50 Threads): {outcome.held_or_confirmed} Plätze, {outcome.waiting} "
        f"Warteliste, {outcome.seconds:.2f} s, Fehler: {len(outcome.errors)}"
        f"\n  10 gleichzeitige Abmeldungen: danach {after_cancel[0]} Plätze, {after_cancel[1]} "
        f"Warteliste, {cancel_seconds:.2f} s, Fehler: {len(cancel_errors)}"
    )
    assert base_counts == (SEATS, PEOPLE - SEATS)
    assert (outcome.held_or_confirmed, outcome.waiting, outcome.errors) == (50, 150, [])
    assert (after_cancel, cancel_errors) == ((50, 140), [])
