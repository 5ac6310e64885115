"""GET /api/v1/employers/ (the directory's filters) and /api/v1/employers/{slug}/."""

from __future__ import annotations

from typing import Literal

from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from ninja import Query, Router
from ninja.decorators import decorate_view

from einblick.employers.filters import EmployerFilter
from einblick.employers.models import Employer
from einblick.offers.queries import employer_cards, offer_cards

from . import serialize
from .http import ERRORS, NOT_FOUND, ApiError, form_error, public_get, set_last_modified
from .offers import PAGE, PAGE_SIZE, is_slug, slug_param
from .schemas import EmployerDetailOut, EmployerPage

router = Router(tags=["Arbeitgeber"])
FILTERS = ("berufsfeld", "vorteil", "reihenfolge")


def filtered_employers(request):
    """(matching employers, the same in the requested order); a broken filter is a 400."""
    params = request.GET.copy()
    for name in list(params):
        if name not in FILTERS:
            del params[name]
    filters = EmployerFilter(params)
    if not filters.form.is_valid():
        raise form_error(filters.form)
    ordered = filters.qs
    return filters.matching, ordered


@router.get("/employers/", response={200: EmployerPage, **ERRORS}, summary="Arbeitgeber auflisten")
@decorate_view(public_get)
def list_employers(
    request: HttpRequest,
    response: HttpResponse,
    berufsfeld: str | None = slug_param("Berufsfeld (Kürzel)"),
    vorteil: str | None = slug_param("Vorteil (Kürzel)"),
    reihenfolge: Literal["az", "zufall"] | None = Query(
        None, description="„az“ (Vorgabe) oder „zufall“ (täglich neu gemischt)"
    ),
    page: int = PAGE,
    page_size: int | None = PAGE_SIZE,
):
    """Öffentliche Arbeitgeber der Region – A–Z oder täglich gemischt, nie nach Größe."""
    qs, ordered = filtered_employers(request)
    fields, items = serialize.paginate(employer_cards(ordered), page, page_size)
    set_last_modified(response, qs.aggregate(last=Max("updated_at"))["last"])
    return {**fields, "results": [serialize.employer(request, item) for item in items]}


@router.get(
    "/employers/{slug}/", response={200: EmployerDetailOut, **NOT_FOUND}, summary="Ein Arbeitgeber"
)
@decorate_view(public_get)
def get_employer(request: HttpRequest, response: HttpResponse, slug: str):
    """Ein Arbeitgeber mit seinen öffentlichen Angeboten."""
    qs = employer_cards(Employer.objects.public().filter(slug=slug)) if is_slug(slug) else None
    item = qs.prefetch_related("occupations", "benefits").first() if qs is not None else None
    if item is None:
        raise ApiError(404, "slug", "Diesen Arbeitgeber gibt es nicht (mehr).")
    offers = offer_cards().filter(employer=item).order_by("title", "pk")
    set_last_modified(response, item.updated_at)
    return serialize.employer_detail(request, item, offers)
