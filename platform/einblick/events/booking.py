"""Seats and the waiting list: the only place that counts or gives out seats.

Every change that can take or free seats runs in one transaction holding a row lock on the
event (`SELECT … FOR UPDATE`), so concurrent registrations for one event queue up and can
never overbook it; events do not block each other. Mails go out after the commit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from . import notifications
from .models import Event, EventSlot, RegistrationSettings
from .registrations import Registration, Status


class RegistrationRefused(Exception):
    """A registration that must not be taken; the message is shown to the user (in the
    active language)."""


@dataclass
class Seats:
    capacity: int
    taken: int
    waiting: int

    @property
    def left(self) -> int:
        return max(0, self.capacity - self.taken)


def seats(event: Event, slot=None) -> Seats:
    """Seats of the event (or of one slot): capacity, taken by held/confirmed, waiting."""
    capacity = slot.capacity if slot is not None else (event.capacity or 0)
    qs = Registration.objects.filter(event=event, slot=slot)
    taken = qs.holding_seats().aggregate(n=Sum("group_size"))["n"] or 0
    waiting = qs.filter(status=Status.WAITING).aggregate(n=Sum("group_size"))["n"] or 0
    return Seats(capacity=capacity, taken=taken, waiting=waiting)


def seats_overview(event: Event) -> list[dict]:
    """One row per slot (or one for the event): label, capacity, left, waiting."""
    slots = list(event.slots.all()) or [None]
    rows = []
    for slot in slots:
        current = seats(event, slot)
        rows.append(
            {
                "slot": slot,
                "label": slot.label if slot else "",
                "capacity": current.capacity,
                "left": current.left,
                "waiting": current.waiting,
            }
        )
    return rows


def seats_left_by_event(events) -> dict[int, int]:
    """Seats left right now per event with online registration (summed over its slots), in
    two queries for any number of events (API lists); as `seats_overview` counts them."""
    ids = [event.pk for event in events if event.online_registration]
    if not ids:
        return {}
    taken = {
        (row["event_id"], row["slot_id"]): row["n"]
        for row in Registration.objects.filter(event_id__in=ids)
        .holding_seats()
        .order_by()
        .values("event_id", "slot_id")
        .annotate(n=Sum("group_size"))
    }
    slots: dict[int, list] = {}
    for slot in EventSlot.objects.filter(event_id__in=ids).order_by():
        slots.setdefault(slot.event_id, []).append((slot.pk, slot.capacity))
    left = {}
    for event in events:
        if event.pk in ids:
            rows = slots.get(event.pk) or [(None, event.capacity or 0)]
            left[event.pk] = sum(max(0, cap - taken.get((event.pk, pk), 0)) for pk, cap in rows)
    return left


def _hold_until(now):
    return now + dt.timedelta(hours=RegistrationSettings.current().confirmation_hours)


def _lock(event_id: int) -> Event:
    return Event.objects.select_for_update().get(pk=event_id)


def register(event: Event, data: dict, now=None) -> Registration:
    """Take a registration: seats held if enough are left, else a place on the waiting list.

    `data` holds the cleaned form fields (name, email, slot, group_size, …).
    """
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(event.pk)
        if event.registration_state(now) != "open":
            raise RegistrationRefused(
                _("Die Anmeldung für diese Veranstaltung ist nicht geöffnet.")
            )
        slot = data.get("slot")
        same_email = Registration.objects.active().filter(event=event, email__iexact=data["email"])
        if same_email.count() >= event.max_per_email:
            raise RegistrationRefused(
                _(
                    "Mit dieser E-Mail-Adresse gibt es schon die höchstmögliche Zahl an "
                    "Anmeldungen für diese Veranstaltung."
                )
            )
        size = data.get("group_size") or 1
        fits = size <= seats(event, slot).left
        registration = Registration.objects.create(
            event=event,
            status=Status.HELD if fits else Status.WAITING,
            expires_at=_hold_until(now),
            **{key: value for key, value in data.items() if key != "group_size"},
            group_size=size,
        )
        transaction.on_commit(lambda: notifications.registered(registration))
    return registration


def confirm(registration: Registration, now=None) -> Registration:
    """The e-mail link was opened: a held place becomes confirmed, a waiting one stays
    waiting (its address is now confirmed); an expired one is taken again if seats allow."""
    now = now or timezone.now()
    with transaction.atomic():
        _lock(registration.event_id)
        registration.refresh_from_db()
        if registration.email_confirmed_at is None:
            registration.email_confirmed_at = now
        if registration.status == Status.HELD:
            registration.status = Status.CONFIRMED
        elif registration.status == Status.EXPIRED:
            fits = registration.group_size <= seats(registration.event, registration.slot).left
            registration.status = Status.CONFIRMED if fits else Status.WAITING
        registration.expires_at = None
        registration.save(
            update_fields=["status", "email_confirmed_at", "expires_at", "updated_at"]
        )
    return registration


def cancel(registration: Registration, now=None, *, notify=True) -> list[Registration]:
    """Cancel a registration and promote from the waiting list; returns the promoted."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(registration.event_id)
        registration.refresh_from_db()
        if not registration.is_active:
            return []
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.expires_at = None
        registration.save(update_fields=["status", "cancelled_at", "expires_at", "updated_at"])
        promoted = _promote(event, registration.slot, now)
        if notify:
            transaction.on_commit(lambda: notifications.cancelled(registration))
    return promoted


def change(registration: Registration, *, slot, group_size: int, note: str, now=None):
    """Move to another slot or change the group size; refused if the seats are not there."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock(registration.event_id)
        registration.refresh_from_db()
        if not registration.is_active:
            raise RegistrationRefused(_("Diese Anmeldung ist nicht mehr aktiv."))
        old_slot = registration.slot
        if registration.holds_seats:
            own = registration.group_size if slot == old_slot else 0
            if group_size > seats(event, slot).left + own:
                raise RegistrationRefused(
                    _("Dafür sind nicht genug Plätze frei. Ihre Anmeldung bleibt unverändert.")
                )
        registration.slot, registration.group_size, registration.note = slot, group_size, note
        registration.save(update_fields=["slot", "group_size", "note", "updated_at"])
        promoted = _promote(event, old_slot, now)
        if slot != old_slot:
            promoted += _promote(event, slot, now)
    return promoted


def _promote(event: Event, slot, now) -> list[Registration]:
    """Fill free seats from the waiting list (first come first served; a class that does not
    fit is passed over by smaller registrations behind it). Caller holds the event lock."""
    left = seats(event, slot).left
    promoted = []
    for waiting in Registration.objects.filter(event=event, slot=slot).waiting_in_order():
        if left <= 0:
            break
        if waiting.group_size > left:
            continue
        left -= waiting.group_size
        if waiting.email_confirmed_at:
            waiting.status, waiting.expires_at = Status.CONFIRMED, None
        else:
            waiting.status, waiting.expires_at = Status.HELD, _hold_until(now)
        waiting.save(update_fields=["status", "expires_at", "updated_at"])
        promoted.append(waiting)
    for registration in promoted:
        transaction.on_commit(lambda r=registration: notifications.promoted(r))
    return promoted


def expire_holds(now=None) -> tuple[int, int]:
    """Unconfirmed registrations past `expires_at` expire and free their seats; the waiting
    list moves up. Returns (expired, promoted)."""
    now = now or timezone.now()
    due = Registration.objects.filter(
        status__in=(Status.HELD, Status.WAITING),
        email_confirmed_at__isnull=True,
        expires_at__lte=now,
    )
    expired = promoted = 0
    for event_id in sorted(set(due.values_list("event_id", flat=True))):
        with transaction.atomic():
            event = _lock(event_id)
            rows = list(due.filter(event_id=event_id).select_for_update())
            slots = {row.slot for row in rows}
            for row in rows:
                row.status, row.expires_at = Status.EXPIRED, None
                row.save(update_fields=["status", "expires_at", "updated_at"])
            expired += len(rows)
            for slot in slots:
                promoted += len(_promote(event, slot, now))
    return expired, promoted
