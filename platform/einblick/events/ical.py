"""iCalendar export of public events: one event or the whole region as a feed.

UIDs are stable per region and event (`event-<pk>@<schema>.einblick`), so calendar apps
update an event instead of duplicating it. Times are written in Europe/Berlin with a
VTIMEZONE component.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar
from icalendar import Event as ICalEvent

CONTENT_TYPE = "text/calendar; charset=utf-8"


def _tz():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def event_uid(event, schema_name: str) -> str:
    return f"event-{event.pk}@{schema_name}.einblick"


def _location(event) -> str:
    town = " ".join(part for part in (event.postcode, event.city) if part)
    return ", ".join(part for part in (event.venue, event.street, town) if part)


def _registration_note(event, url: str) -> str:
    """Seats left and where to register (online form on the event page, or the link)."""
    if event.registration_url and not event.online_registration:
        return f"Anmeldung: {event.registration_url}\n"
    if event.registration_state() != "open":
        return ""
    from .booking import seats_overview  # booking imports notifications, which imports us

    left = sum(row["left"] for row in seats_overview(event))
    places = f"noch {left} {'Platz' if left == 1 else 'Plätze'} frei" if left else "Warteliste"
    return f"Anmeldung ({places}): {url}\n"


def to_ical_event(event, *, schema_name: str, base_url: str) -> ICalEvent:
    tz = _tz()
    item = ICalEvent()
    item.add("uid", event_uid(event, schema_name))
    item.add("summary", event.title)
    item.add("dtstart", event.start.astimezone(tz))
    end = event.end or (event.start + datetime.timedelta(hours=2))
    item.add("dtend", end.astimezone(tz))
    item.add("dtstamp", (event.updated_at or timezone.now()).astimezone(datetime.UTC))
    if event.updated_at:
        item.add("last-modified", event.updated_at.astimezone(datetime.UTC))
    if location := _location(event):
        item.add("location", location)
    if event.latitude is not None and event.longitude is not None:
        item.add("geo", (event.latitude, event.longitude))
    url = base_url.rstrip("/") + event.get_url()
    description = strip_tags(event.description or "").strip()
    item.add("description", f"{description}\n\n{_registration_note(event, url)}{url}".strip())
    item.add("url", url)
    item.add("categories", [event.get_kind_display()])
    return item


def calendar(events, *, name: str, schema_name: str, base_url: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Einblick//Veranstaltungen//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        cal.add_component(to_ical_event(event, schema_name=schema_name, base_url=base_url))
    cal.add_missing_timezones()
    return cal


def ical_response(cal: Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(cal.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
