"""Events of a period with their registrations and attendance (persons, not rows)."""

from django.db.models import Q, Sum

from einblick.events.models import Event
from einblick.events.registrations import SEAT_HOLDING

from ..period import Period


def events(period: Period):
    """Published events (live or since expired) starting in the period."""
    return Event.objects.filter(
        Q(live=True) | Q(expired=True),
        start__date__gte=period.start,
        start__date__lte=period.end,
    ).order_by("start", "pk")


def _persons(event, **filters) -> int:
    return event.registrations.filter(**filters).aggregate(n=Sum("group_size"))["n"] or 0


def event_rows(period: Period) -> list[tuple[Event, int, int]]:
    """(event, registered persons, attending persons); after the personal data is deleted
    the event's tally keeps the numbers."""
    rows = []
    for event in events(period).select_related("tally"):
        tally = getattr(event, "tally", None)
        registered = _persons(event, status__in=SEAT_HOLDING)
        attended = _persons(event, status__in=SEAT_HOLDING, attended=True)
        if tally is not None:
            registered += tally.registered
            attended += tally.attended
        rows.append((event, registered, attended))
    return rows


def totals(period: Period) -> tuple[int, int, int]:
    rows = event_rows(period)
    return len(rows), sum(r[1] for r in rows), sum(r[2] for r in rows)
