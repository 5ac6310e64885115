"""GET /api/v1/events/ (upcoming, the event list's `art` filter) and /api/v1/events/{slug}/."""

from __future__ import annotations

from typing import Literal

from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router
from ninja.decorators import decorate_view

from einblick.events.booking import seats_left_by_event
from einblick.events.models import EVENT_KINDS, Event
from einblick.events.queries import event_cards

from . import serialize
from .http import ERRORS, NOT_FOUND, ApiError, public_get, set_last_modified
from .offers import PAGE, PAGE_SIZE, is_slug
from .schemas import EventDetailOut, EventPage

router = Router(tags=["Veranstaltungen"])
Kind = Literal[tuple(value for value, _label in EVENT_KINDS)]


@router.get("/events/", response={200: EventPage, **ERRORS}, summary="Veranstaltungen auflisten")
@decorate_view(public_get)
def list_events(
    request: HttpRequest,
    response: HttpResponse,
    art: Kind | None = Query(None, description="Art der Veranstaltung"),
    page: int = PAGE,
    page_size: int | None = PAGE_SIZE,
):
    """Kommende öffentliche Veranstaltungen der Region, die nächste zuerst."""
    qs = Event.objects.upcoming()
    if art:
        qs = qs.filter(kind=art)
    fields, items = serialize.paginate(event_cards(qs).order_by("start", "pk"), page, page_size)
    set_last_modified(response, qs.aggregate(last=Max("updated_at"))["last"])
    left = seats_left_by_event(items)
    results = [serialize.event(request, item, left.get(item.pk)) for item in items]
    return {**fields, "results": results}


@router.get(
    "/events/{slug}/", response={200: EventDetailOut, **NOT_FOUND}, summary="Eine Veranstaltung"
)
@decorate_view(public_get)
def get_event(request: HttpRequest, response: HttpResponse, slug: str):
    qs = Event.objects.public().filter(slug=slug) if is_slug(slug) else Event.objects.none()
    item = qs.prefetch_related("target_groups", "employers").first()
    if item is None:
        raise ApiError(404, "slug", "Diese Veranstaltung gibt es nicht (mehr).")
    set_last_modified(response, item.updated_at)
    return serialize.event_detail(request, item, seats_left_by_event([item]).get(item.pk))
