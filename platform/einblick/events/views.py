"""Context for the public event calendar and detail (served by pages.EventIndexPage)."""

from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404
from django.utils import timezone

from einblick.employers.models import Employer

from . import booking, ical
from .forms import RegistrationForm
from .models import EVENT_KINDS, Event

PAST_LIMIT = 12
PAGE_SIZE = 30


def list_context(request) -> dict:
    kinds = dict(EVENT_KINDS)
    kind = request.GET.get("art", "")
    kind = kind if kind in kinds else ""
    now = timezone.now()
    upcoming = Event.objects.upcoming(now).prefetch_related("target_groups").order_by("start")
    past = (
        Event.objects.public()
        .exclude(pk__in=Event.objects.upcoming(now).values("pk"))
        .prefetch_related("target_groups")
        .order_by("-start")
    )
    if kind:
        upcoming, past = upcoming.filter(kind=kind), past.filter(kind=kind)
    page_obj = Paginator(upcoming, PAGE_SIZE).get_page(request.GET.get("seite"))
    return {
        "page_obj": page_obj,
        "months": _group_by_month(list(page_obj.object_list)),
        # Past events only under the first page of upcoming ones.
        "past_events": list(past[:PAST_LIMIT]) if page_obj.number == 1 else [],
        "kind": kind,
        "kinds": EVENT_KINDS,
    }


def _group_by_month(events):
    months: dict = {}
    for event in events:
        start = timezone.localtime(event.start)
        months.setdefault((start.year, start.month), {"date": start.date(), "events": []})
        months[(start.year, start.month)]["events"].append(event)
    return list(months.values())


def public_event(slug: str) -> Event:
    event = Event.objects.public().filter(slug=slug).prefetch_related("target_groups").first()
    if event is None:
        raise Http404("Diese Veranstaltung gibt es nicht (mehr).")
    return event


def detail_context(request, slug: str, form=None) -> dict:
    event = public_event(slug)
    employers = list(
        Employer.objects.public().filter(events=event).select_related("logo").order_by("name")
    )
    is_past = (event.end or event.start) < timezone.now()
    context = {"event": event, "employers": employers, "is_past": is_past}
    return context | registration_context(event, form)


def registration_context(event, form=None) -> dict:
    """What the event page shows about registering: state, seats per slot, the form."""
    state = event.registration_state()
    rows = booking.seats_overview(event) if state != "none" else []
    if form is None and state == "open":
        left = {row["slot"].pk: row["left"] for row in rows if row["slot"] is not None}
        form = RegistrationForm(event=event, seats_left=left)
    return {
        "registration_state": state,
        "seat_rows": rows,
        "seats_left": sum(row["left"] for row in rows),
        "has_slots": any(row["slot"] for row in rows),
        "form": form,
    }


def ical_feed(request):
    """All upcoming public events of the region as an iCalendar feed."""
    region = getattr(request, "tenant", None)
    name = f"Veranstaltungen – {region.name}" if region else "Veranstaltungen"
    events = Event.objects.upcoming().order_by("start")
    cal = ical.calendar(
        events, name=name, schema_name=connection.schema_name, base_url=_base_url(request)
    )
    return ical.ical_response(cal, "veranstaltungen.ics")


def ical_event(request, slug: str):
    event = public_event(slug)
    cal = ical.calendar(
        [event], name=event.title, schema_name=connection.schema_name, base_url=_base_url(request)
    )
    return ical.ical_response(cal, f"{event.slug}.ics")


def _base_url(request) -> str:
    return request.build_absolute_uri("/")
