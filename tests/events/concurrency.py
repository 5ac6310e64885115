"""Many registrations at once against real PostgreSQL, on committed data.

Shared by tests/events/test_concurrency.py (exact counts) and the benchmark (time taken).
Every worker thread has its own database connection and transaction; all start together at
a barrier. The embedded PostgreSQL allows 100 connections, so 50 threads send the 200
registrations (four each, back to back) — 50 transactions compete for the same seats at
any moment.
"""

import contextlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.db import connection
from django_tenants.utils import tenant_context

from einblick.events import booking
from einblick.events.models import Event
from einblick.events.registrations import Registration, Status
from tenants.models import Region

THREADS = 50


@dataclass
class Outcome:
    seconds: float
    held_or_confirmed: int
    waiting: int
    errors: list


@contextlib.contextmanager
def committed_event(region_slug: str, capacity: int):
    """A bookable event committed in the region (deleted with its registrations after).

    The test's own connection sits in a transaction that is rolled back; rows the worker
    threads must see are written and removed from a thread with its own connection.
    """
    region = Region.objects.get(slug=region_slug)

    def create():
        return Event.objects.create(
            title="Lastprobe Ausbildungsmesse",
            slug=f"lastprobe-{time.monotonic_ns()}",
            start=_in_days(30),
            online_registration=True,
            capacity=capacity,
            max_per_email=1,
        )

    def remove():
        Registration.objects.filter(event=event).delete()
        Event.objects.filter(pk=event.pk).delete()

    event = in_own_thread(region, create)
    try:
        with tenant_context(region):
            yield region, event
    finally:
        in_own_thread(region, remove)


def in_own_thread(region, work):
    """Run `work` in the region on a connection of its own (autocommit) and return its result."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_in_region, region, work).result()


def _in_days(days):
    import datetime as dt

    from django.utils import timezone

    return timezone.now() + dt.timedelta(days=days)


def _in_region(region, work):
    try:
        connection.set_tenant(region)
        return work()
    finally:
        connection.close()


def run_parallel(region, jobs) -> tuple[float, list]:
    """Run `jobs` (callables) from THREADS threads at once; returns (seconds, errors)."""
    barrier = threading.Barrier(min(THREADS, len(jobs)))
    errors = []

    def worker(chunk):
        barrier.wait()
        for job in chunk:
            try:
                _in_region(region, job)
            except Exception as error:  # noqa: BLE001 - reported by the caller
                errors.append(repr(error))

    chunks = [jobs[i::THREADS] for i in range(min(THREADS, len(jobs)))]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
        list(pool.map(worker, chunks))
    return time.perf_counter() - started, errors


def register_many(region, event, count: int) -> Outcome:
    def job(n):
        return lambda: booking.register(
            event, {"name": f"Person {n}", "email": f"p{n}@example.org"}
        )

    seconds, errors = run_parallel(region, [job(n) for n in range(count)])
    return Outcome(seconds, *counts(event), errors)


def cancel_some(region, event, count: int) -> tuple[float, list]:
    holders = list(
        Registration.objects.filter(
            event=event, status__in=(Status.HELD, Status.CONFIRMED)
        ).order_by("pk")[:count]
    )
    return run_parallel(region, [lambda r=r: booking.cancel(r) for r in holders])


def counts(event) -> tuple[int, int]:
    """Seat holders and waiting people (committed rows, read from the test's connection)."""
    rows = Registration.objects.filter(event=event)
    return (
        rows.filter(status__in=(Status.HELD, Status.CONFIRMED)).count(),
        rows.filter(status=Status.WAITING).count(),
    )
