"""Demo online registrations: bookable events, time slots and fictional participants.

An entry of events.json may carry `registration` (see demo/data/README.md): seats for the
event or per slot, the registration window, class registrations, minimum age and guardian
consent, and how many fictional people have already registered (confirmed, held, waiting,
classes). Names come from the people pool, addresses end in @example.org. Each event gets
a random generator of its own, so the rest of the plan does not move.

Participants are only written into an event that has no registrations yet: a running demo
keeps what visitors did, and a second `load_demo_content` run changes nothing.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone
from django.utils.text import slugify

from einblick.events.models import EventSlot
from einblick.events.registrations import Registration, Status

EVENT_FIELDS = ("capacity", "allow_groups", "max_group_size", "min_age", "guardian_consent")
HOLD_HOURS = 24


def event_values(config: dict | None, start: datetime.datetime) -> dict:
    """The Event fields for an entry's `registration` (none: no online registration)."""
    if not config:
        return {"online_registration": False}
    values = {
        "online_registration": True,
        "capacity": config.get("capacity"),
        "allow_groups": config.get("allow_groups", False),
        "max_group_size": config.get("max_group_size", 30),
        "min_age": config.get("min_age"),
        "guardian_consent": config.get("guardian_consent", False),
        "registration_opens": None,
        "registration_closes": None,
    }
    if config.get("opens_days_before") is not None:
        values["registration_opens"] = start - datetime.timedelta(days=config["opens_days_before"])
    if config.get("closes_days_before") is not None:
        values["registration_closes"] = start - datetime.timedelta(
            days=config["closes_days_before"]
        )
    return values


def plan_slots(config: dict | None, day: datetime.date) -> list[dict]:
    slots = []
    for order, slot in enumerate((config or {}).get("slots", [])):
        hour, minute = (int(x) for x in slot["start"].split(":"))
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
        slots.append(
            {
                "label": slot["label"],
                "start": start,
                "capacity": slot["capacity"],
                "sort_order": order,
            }
        )
    return slots


class People:
    """Fictional participants from the people pool, each name once per event."""

    def __init__(self, pools, rng: random.Random, schools: list[str]):
        self.pools, self.rng, self.schools = pools, rng, schools
        self.used: set[str] = set()

    def person(self, pupil: bool = True) -> dict:
        while True:
            first = self.rng.choice(self.pools.first_names)["name"]
            last = self.rng.choice(self.pools.last_names)
            if f"{first} {last}" not in self.used:
                break
        self.used.add(f"{first} {last}")
        email = slugify(f"{first} {last}").replace("-", ".") + "@example.org"
        school = self.rng.choice(self.schools) if pupil and self.rng.random() < 0.6 else ""
        school_class = f"{self.rng.randint(8, 12)}{self.rng.choice('abc')}" if school else ""
        return {"name": f"{first} {last}", "email": email, "school": school,
                "school_class": school_class}  # fmt: skip


def plan_participants(config: dict | None, pools, rng: random.Random, schools) -> list[dict]:
    """Participant rows (with `slot` = slot label or None), oldest first."""
    if not config:
        return []
    people = People(pools, rng, schools)
    rows = []
    groups = [(None, config)] + [(slot["label"], slot) for slot in config.get("slots", [])]
    for slot, counts in groups:
        for status in ("confirmed", "held", "waiting"):
            for _ in range(counts.get(status, 0)):
                rows.append({**people.person(), "slot": slot, "status": status})
        for klass in counts.get("classes", []):
            teacher = people.person(pupil=False)
            rows.append(
                {
                    **teacher,
                    "slot": slot,
                    "status": "confirmed",
                    "school": rng.choice(schools),
                    "school_class": klass["class"],
                    "is_group": True,
                    "group_size": klass["size"],
                    "note": "Wir kommen mit zwei Begleitpersonen (in der Zahl enthalten).",
                }
            )
    rng.shuffle(rows)
    # Waiting rows registered last, in their order; others spread over the past weeks.
    rows.sort(key=lambda row: row["status"] == "waiting")
    hours = sorted((rng.randint(2, 600) for _ in rows), reverse=True)
    for row, age in zip(rows, hours, strict=True):
        row["hours_ago"] = age
        if row["status"] == "held":
            row["hours_ago"] = rng.randint(1, HOLD_HOURS - 2)
    return rows


def write_slots(specs, events: dict) -> set:
    """Create the planned slots each event lacks (matched by label); returns the pks of
    events that got new slots. `events` maps event slugs to the written Event objects."""
    changed = set()
    for spec in specs:
        event = events[spec.values["slug"]]
        labels = set(EventSlot.objects.filter(event=event).values_list("label", flat=True))
        missing = [values for values in spec.slots if values["label"] not in labels]
        EventSlot.objects.bulk_create([EventSlot(event=event, **values) for values in missing])
        if missing:
            changed.add(event.pk)
    return changed


def write_participants(specs, events: dict) -> int:
    """The planned registrations of events that have none yet; returns how many were added."""
    added = 0
    now = timezone.now()
    for spec in specs:
        event = events[spec.values["slug"]]
        if not spec.participants or Registration.objects.filter(event=event).exists():
            continue
        slots = {slot.label: slot for slot in EventSlot.objects.filter(event=event)}
        rows = [_registration(event, slots, row, now) for row in spec.participants]
        Registration.objects.bulk_create(rows)
        for obj, row in zip(rows, spec.participants, strict=True):
            obj.created_at = now - datetime.timedelta(hours=row["hours_ago"])
        Registration.objects.bulk_update(rows, ["created_at"])
        added += len(rows)
    return added


def _registration(event, slots: dict, row: dict, now) -> Registration:
    status = Status(row["status"])
    registered = now - datetime.timedelta(hours=row["hours_ago"])
    confirmed = status != Status.HELD
    return Registration(
        event=event,
        slot=slots[row["slot"]] if row["slot"] else None,
        status=status,
        name=row["name"],
        email=row["email"],
        school=row["school"],
        school_class=row["school_class"],
        is_group=row.get("is_group", False),
        group_size=row.get("group_size", 1),
        note=row.get("note", ""),
        guardian_consent=event.guardian_consent,
        email_confirmed_at=registered + datetime.timedelta(minutes=7) if confirmed else None,
        expires_at=None if confirmed else registered + datetime.timedelta(hours=HOLD_HOURS),
    )
