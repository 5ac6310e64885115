"""The participant list of one event: per slot the seats, the people holding them and the
waiting list, plus the columns every export shares."""

from __future__ import annotations

from django.utils import timezone

from .. import booking
from ..registrations import SEAT_HOLDING, Registration, Status

COLUMNS = [
    "Status",
    "Zeitfenster",
    "Name",
    "E-Mail",
    "Schule",
    "Klasse",
    "Klassenanmeldung",
    "Personen",
    "Hinweis",
    "Einverständnis Erziehungsberechtigte",
    "Anwesend",
    "Angemeldet am",
    "E-Mail bestätigt am",
]


def registrations(event, statuses=None):
    rows = Registration.objects.filter(event=event).select_related("slot")
    if statuses is not None:
        rows = rows.filter(status__in=statuses)
    return rows.order_by("slot__sort_order", "slot_id", "created_at", "pk")


def active(event) -> list[Registration]:
    return list(registrations(event, (*SEAT_HOLDING, Status.WAITING)))


def seat_holders(event) -> list[Registration]:
    return list(registrations(event, SEAT_HOLDING))


def _group(overview: dict, rows: list[Registration]) -> dict:
    return {
        **overview,
        "taken": sum(row.group_size for row in rows if row.holds_seats),
        "holders": [row for row in rows if row.holds_seats],
        "waiting_list": [row for row in rows if row.status == Status.WAITING],
    }


def groups(event) -> list[dict]:
    """Per slot (or one row for the event): seats, holders and the waiting list in order."""
    rows = active(event)
    result = []
    for overview in booking.seats_overview(event):
        slot_id = overview["slot"].pk if overview["slot"] else None
        result.append(_group(overview, [row for row in rows if row.slot_id == slot_id]))
    if all(item["slot"] for item in result):
        orphans = [row for row in rows if row.slot_id is None]  # their slot was deleted
        if orphans:
            empty = {"slot": None, "label": "Ohne Zeitfenster", "capacity": 0, "left": 0}
            result.append(_group({**empty, "waiting": 0}, orphans))
    return result


def counts(event) -> dict:
    """People (group sizes summed) per status and how many attended."""
    totals = dict.fromkeys(Status.values, 0)
    attended = 0
    for row in Registration.objects.filter(event=event).only("status", "group_size", "attended"):
        totals[row.status] += row.group_size
        attended += row.group_size if row.attended else 0
    return {**totals, "attended": attended}


def _when(value) -> str:
    return timezone.localtime(value).strftime("%d.%m.%Y %H:%M") if value else ""


def _yes_no(value) -> str:
    return {True: "ja", False: "nein"}.get(value, "")


def export_row(row: Registration) -> list:
    return [
        row.get_status_display(),
        row.slot.label if row.slot else "",
        row.name,
        row.email,
        row.school,
        row.school_class,
        _yes_no(row.is_group),
        row.group_size,
        row.note,
        _yes_no(row.guardian_consent),
        _yes_no(row.attended),
        _when(row.created_at),
        _when(row.email_confirmed_at),
    ]


def mark_attendance(event, present_ids: set[int]) -> int:
    """Seat holders of `event` in `present_ids` attended, the others did not; ids of other
    events are ignored. Returns the number of rows marked present."""
    holders = Registration.objects.filter(event=event, status__in=SEAT_HOLDING)
    present = holders.filter(pk__in=present_ids).update(attended=True)
    holders.exclude(pk__in=present_ids).update(attended=False)
    return present
