"""E-mails about registrations: region-branded, text + HTML, with an .ics file.

Every mail to a participant carries the personal link (signed token) to confirm, change or
cancel; no mail needs a login. Sent after the booking transaction commits. Mails to a
participant are written in the language of the page they registered on
(`Registration.language`, links to the /en/ pages for English); mails to the organiser are
German.
"""

from __future__ import annotations

from django.db import connection
from django.urls import reverse
from django.utils import translation

from einblick.core.mail import build_mail
from tenants.language import supported
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


def in_language(registration):
    """Render inside this: the participant's language (German for an unknown code)."""
    return translation.override(supported(registration.language))


def _to_participant(template: str, registration, *, attach=True, **extra) -> None:
    event = registration.event
    with in_language(registration):
        context = _context(event, registration, **extra)
        send(template, context, [registration.email], event=event if attach else None)


def _to_organiser(registration, action: str) -> None:
    event = registration.event
    if event.organiser_email:
        with translation.override("de"):
            context = _context(event, registration, action=action)
            send("organiser_notice", context, [event.organiser_email])


def registered(registration) -> None:
    """Double opt-in: the seat (or waiting-list place) is held until the link is opened."""
    _to_participant("registered", registration)
    _to_organiser(registration, "neu")


def promoted(registration) -> None:
    _to_participant("promoted", registration)


def cancelled(registration) -> None:
    _to_participant("cancelled", registration, attach=False)
    _to_organiser(registration, "abgemeldet")


def reminder(registration) -> None:
    _to_participant("reminder", registration)


def organiser_message(registration, subject: str, body: str, *, cancelled_event=False) -> None:
    """A message from the organiser (also: event changed or cancelled) to one participant."""
    _to_participant(
        "organiser_message",
        registration,
        attach=not cancelled_event,
        subject=subject,
        body=body,
        cancelled_event=cancelled_event,
    )
