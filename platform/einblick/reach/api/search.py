"""GET /api/v1/search/ and /api/v1/search/suggest/: described here, answered by `search.api`.

The parameters are declared for the schema; validation and the answer stay with the search
app's form and views (the former English parameter names are still accepted there).
"""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.decorators import decorate_view

from search import api as search_api
from search.query import MAX_PAGE_SIZE, SORTS

from .http import ERRORS, public_get

router = Router(tags=["Suche"])


class Hit(Schema):
    region: str
    region_name: str
    kind: str
    id: int | str
    title: str
    url: str
    employer: str | None
    snippet: str | None
    type: str | None
    period_start: dt.date | dt.datetime | None
    period_end: dt.date | dt.datetime | None
    published_at: dt.datetime | None
    distance_km: float | None
    city: str | None
    language: str | None = None  # of title and snippet: "en" for a translated offer


class FacetValue(Schema):
    value: str
    label: str
    count: int


class SearchOut(Schema):
    count: int
    page: int
    page_size: int
    num_pages: int
    results: list[Hit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None
    corrected: bool
    exact: bool
    notice: str | None
    missing: list[str]
    intents: list[dict]
    count_exact: bool
    backend: str
    degraded: bool


class SuggestOut(Schema):
    q: str
    suggestions: list[str]


LIST = "; wiederholbar oder mit Komma getrennt"


@router.get("/search/", response={200: SearchOut, **ERRORS}, summary="Suchen")
@decorate_view(public_get)
def search(
    request: HttpRequest,
    q: str | None = Query(None, max_length=200, description="Suchbegriff"),
    kind: list[str] | None = Query(None, description="offer, employer, event oder page" + LIST),
    scope: str | None = Query(
        None, description="„region“ (Vorgabe auf Regionsportalen) oder „all“"
    ),
    region: list[str] | None = Query(None, description="Region (Kürzel)" + LIST),
    typ: list[str] | None = Query(None, description="Angebotsart" + LIST),
    berufsfeld: list[str] | None = Query(None, description="Berufsfeld" + LIST),
    beruf: list[str] | None = Query(None, description="Beruf" + LIST),
    zielgruppe: list[str] | None = Query(None, description="Zielgruppe" + LIST),
    vorteil: list[str] | None = Query(None, description="Vorteil" + LIST),
    arbeitssprache: list[str] | None = Query(
        None, description="Sprache am Arbeitsplatz (z. B. „en“: Englisch)" + LIST
    ),
    sprache: str | None = Query(
        None,
        description="„en“: englischer Titel und Text übersetzter Angebote (sonst Deutsch)",
    ),
    von: dt.date | None = Query(None, description="Zeitraum ab (JJJJ-MM-TT)"),
    bis: dt.date | None = Query(None, description="Zeitraum bis (JJJJ-MM-TT)"),
    nahe: str | None = Query(None, description="Standort „Breite,Länge“, z. B. 50.9271,11.5892"),
    umkreis: float | None = Query(None, description="Umkreis in km (braucht `nahe`)"),
    sort: str | None = Query(None, description=f"Sortierung: {', '.join(SORTS)}"),
    page: int = Query(1, ge=1, le=1000, description="Seite (ab 1)"),
    page_size: int | None = Query(None, ge=1, le=MAX_PAGE_SIZE, description="Treffer je Seite"),
):
    """Volltextsuche über Angebote, Arbeitgeber, Veranstaltungen und Seiten (docs/search.md)."""
    return search_api.search_api(request)


@router.get("/search/suggest/", response={200: SuggestOut, **ERRORS}, summary="Vorschläge")
@decorate_view(public_get)
def suggest(
    request: HttpRequest,
    q: str | None = Query(None, max_length=100, description="Bisher Getipptes"),
    scope: str | None = Query(None, description="„region“ oder „all“"),
):
    """Vervollständigungen für das Suchfeld."""
    return search_api.suggest_api(request)
