"""E-mails about registrations: German, region-branded, text + HTML, with an .ics file.

Every mail to a participant carries the personal link (signed token) to confirm, change or
cancel; no mail needs a login. Sent after the booking transaction commits.
"""

from __future__ import annotations

from django.db import connection
from django.urls import reverse

from einblick.core.mail import build_mail
from tenants.utils import region_url
from themes.branding import brand_for_region

from . import ical
from .tokens import make_token

TEMPLATE_DIR = "events/mail/"


def absolute(path: str) -> str:
    tenant = getattr(connection, "tenant", None)
    host = tenant.primary_host() if tenant is not None and tenant.schema_name != "public" else ""
    return region_url(host or "localhost", path)


def manage_url(registration) -> str:
    return absolute(reverse("event_registration", args=[make_token(registration)]))


def _brand():
    tenant = getattr(connection, "tenant", None)
    if tenant is None or tenant.schema_name == "public":
        return None
    return brand_for_region(tenant)


def _context(event, registration=None, **extra) -> dict:
    brand = _brand()
    context = {
        "event": event,
        "event_url": absolute(event.get_url() or "/"),
        "portal_name": brand.portal_name if brand else "Einblick",
        "brand_colour": (brand.colours.get("primary") if brand else None) or "#1f4e79",
        "registration": registration,
        **extra,
    }
    if registration is not None:
        context["manage_url"] = manage_url(registration)
    return context


def _ics(event) -> bytes:
    schema = connection.schema_name
    cal = ical.calendar([event], name=event.title, schema_name=schema, base_url=absolute("/"))
    return cal.to_ical()


def send(template: str, context: dict, to: list[str], *, event=None) -> None:
    message = build_mail(TEMPLATE_DIR + template, context, to)
    if event is not None:
        message.attach(f"{event.slug or 'veranstaltung'}.ics", _ics(event), "text/calendar")
    message.send()


def registered(registration) -> None:
    """Double opt-in: the seat (or waiting-list place) is held until the link is opened."""
    event = registration.event
    send("registered", _context(event, registration), [registration.email], event=event)
    if event.organiser_email:
        send(
            "organiser_notice", _context(event, registration, action="neu"), [event.organiser_email]
        )


def promoted(registration) -> None:
    event = registration.event
    send("promoted", _context(event, registration), [registration.email], event=event)


def cancelled(registration) -> None:
    event = registration.event
    send("cancelled", _context(event, registration), [registration.email])
    if event.organiser_email:
        send(
            "organiser_notice",
            _context(event, registration, action="abgemeldet"),
            [event.organiser_email],
        )


def reminder(registration) -> None:
    event = registration.event
    send("reminder", _context(event, registration), [registration.email], event=event)


def organiser_message(registration, subject: str, body: str, *, cancelled_event=False) -> None:
    """A message from the organiser (also: event changed or cancelled) to one participant."""
    event = registration.event
    context = _context(
        event, registration, subject=subject, body=body, cancelled_event=cancelled_event
    )
    send(
        "organiser_message", context, [registration.email], event=None if cancelled_event else event
    )
