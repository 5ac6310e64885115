"""GET /api/v1/offers/ (the offer list's filters, ADR 0008) and /api/v1/offers/{slug}/."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router
from ninja.decorators import decorate_view

from einblick.core.languages import LANGUAGES
from einblick.offers.filters import PERIOD_CHOICES
from einblick.offers.queries import offer_detail_queryset
from einblick.offers.views import offer_filter

from . import serialize
from .http import ERRORS, NOT_FOUND, ApiError, form_error, public_get, set_last_modified
from .schemas import OfferDetailOut, OfferPage

router = Router(tags=["Angebote"])

SLUG = r"^[a-z0-9][a-z0-9_-]*$"
Period = Literal[tuple(value for value, _label in PERIOD_CHOICES if value)]
Language = Literal[tuple(code for code, _label in LANGUAGES)]
Slug = Annotated[str, Field(pattern=SLUG, max_length=120)]


def is_slug(value: str) -> bool:
    return len(value) <= 120 and re.fullmatch(SLUG, value) is not None


def slug_param(description: str):
    return Query(None, description=description, pattern=SLUG, max_length=120)


def page_params():
    return (
        Query(1, ge=1, le=1000, description="Seite (ab 1)"),
        Query(None, ge=1, le=serialize.MAX_PAGE_SIZE, description="Einträge je Seite (20)"),
    )


PAGE, PAGE_SIZE = page_params()


def filtered_offers(request):
    """The public offers filtered and ordered like the list page; a bad filter is a 400."""
    filters = offer_filter(request)
    if filters.is_bound and not filters.form.is_valid():
        raise form_error(filters.form)
    return filters.qs


@router.get("/offers/", response={200: OfferPage, **ERRORS}, summary="Angebote auflisten")
@decorate_view(public_get)
def list_offers(
    request: HttpRequest,
    response: HttpResponse,
    q: str | None = Query(None, max_length=200, description="Suchbegriff"),
    typ: list[Slug] | None = Query(None, description="Angebotsart (Kürzel, wiederholbar)"),
    berufsfeld: list[Slug] | None = Query(None, description="Berufsfeld (Kürzel, wiederholbar)"),
    zielgruppe: list[Slug] | None = Query(None, description="Zielgruppe (Kürzel, wiederholbar)"),
    schulstufe: list[Slug] | None = Query(None, description="Schulart (Kürzel, wiederholbar)"),
    vorteil: list[Slug] | None = Query(None, description="Vorteil (Kürzel, wiederholbar)"),
    zeitraum: Period | None = Query(None, description="„jetzt“ oder eine Ferienzeit"),
    von: dt.date | None = Query(None, description="Zeitraum ab (JJJJ-MM-TT)"),
    bis: dt.date | None = Query(None, description="Zeitraum bis (JJJJ-MM-TT)"),
    verguetung: Literal["bezahlt", "unbezahlt"] | None = Query(None, description="Vergütung"),
    arbeitssprache: list[Language] | None = Query(
        None, description="Sprache am Arbeitsplatz (z. B. „en“: Englisch), wiederholbar"
    ),
    ort: str | None = Query(None, max_length=100, description="Ort (Name)"),
    nahe: str | None = Query(None, max_length=60, description="Standort „Breite,Länge“"),
    umkreis: float | None = Query(None, gt=0, le=500, description="Umkreis in km"),
    sort: Literal["date", "start", "distance"] | None = Query(None, description="Sortierung"),
    page: int = PAGE,
    page_size: int | None = PAGE_SIZE,
):
    """Öffentliche Angebote der Region; Filter und Reihenfolge wie auf der Angebotsliste."""
    qs = filtered_offers(request)
    fields, items = serialize.paginate(qs, page, page_size)
    set_last_modified(response, qs.aggregate(last=Max("updated_at"))["last"])
    return {**fields, "results": [serialize.offer(request, item) for item in items]}


@router.get("/offers/{slug}/", response={200: OfferDetailOut, **NOT_FOUND}, summary="Ein Angebot")
@decorate_view(public_get)
def get_offer(request: HttpRequest, response: HttpResponse, slug: str):
    item = offer_detail_queryset().filter(slug=slug).first() if is_slug(slug) else None
    if item is None:
        raise ApiError(404, "slug", "Dieses Angebot gibt es nicht (mehr).")
    set_last_modified(response, item.updated_at)
    return serialize.offer_detail(request, item)
