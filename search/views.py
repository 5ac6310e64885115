"""The search page (/suche/) on region portals and on the cross-region portal."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connection
from django.shortcuts import render

from .params import ParamError, parse
from .query import FACETS, SearchResult, search
from .regions import region_names
from .towns import towns_for

FACET_TITLES = {
    "kind": "Art",
    "region": "Region",
    "type": "Angebotsart",
    "field": "Berufsfeld",
    "occupation": "Beruf",
    "target": "Zielgruppe",
    "benefit": "Vorteile",
}
RADII = (5, 10, 25, 50, 100)


@dataclass
class RequestContext:
    region: str | None  # slug on a region host, None on the portal
    region_name: str
    known_regions: set[str] = field(default_factory=set)


def request_context(request) -> RequestContext:
    tenant = getattr(request, "tenant", None)
    names = region_names()
    if tenant is None or connection.schema_name == "public" or tenant.schema_name == "public":
        return RequestContext(None, "", set(names))
    return RequestContext(tenant.slug, tenant.name, set(names))


def search_page(request):
    ctx = request_context(request)
    towns = towns_for(ctx.region)
    error = None
    result: SearchResult | None = None
    query = None
    try:
        query = parse(
            request.GET, current_region=ctx.region, known_regions=ctx.known_regions, towns=towns
        )
    except ParamError as exc:
        error = exc
    if query is not None and (query.q or _has_filters(request.GET)):
        result = search(query)
    widened = request.GET.get("scope") == "all"
    facets = []
    if result is not None:
        for name in FACETS:
            if name == "region" and ctx.region and not widened:
                continue
            values = result.facets.get(name) or []
            selected = set(request.GET.getlist(name))
            if values:
                facets.append(
                    {
                        "name": name,
                        "title": FACET_TITLES[name],
                        "values": [
                            {"value": v.value, "label": v.label, "count": v.count,
                             "checked": v.value in selected}
                            for v in values[:15]
                        ],
                    }
                )  # fmt: skip
    pages = None
    if result is not None and result.num_pages > 1:
        pages = {
            "previous": _page_url(request, result.page - 1) if result.page > 1 else None,
            "next": _page_url(request, result.page + 1) if result.page < result.num_pages else None,
            "current": result.page,
            "total": result.num_pages,
        }
    return render(
        request,
        "einblick_search/search.html",
        {
            "ctx": ctx,
            "q": request.GET.get("q", ""),
            "result": result,
            "error": error,
            "facets": facets,
            "widened": widened,
            "towns": towns,
            "town": request.GET.get("town", ""),
            "near": request.GET.get("near", ""),
            "radius": request.GET.get("radius_km", ""),
            "radii": RADII,
            "sort": request.GET.get("sort", "relevance"),
            "pages": pages,
            "suggestion_url": _suggestion_url(request, result),
        },
        status=400 if error else 200,
    )


def _has_filters(params) -> bool:
    return any(params.get(k) for k in ("kind", *FACETS, "near", "town", "from", "to"))


def _page_url(request, page: int) -> str:
    params = request.GET.copy()
    params["page"] = str(page)
    return "?" + params.urlencode()


def _suggestion_url(request, result) -> str | None:
    if not result or not result.suggestion:
        return None
    params = request.GET.copy()
    params["q"] = result.suggestion
    params.pop("page", None)
    return "?" + urlencode(list(params.lists()), doseq=True)
