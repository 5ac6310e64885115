"""The search page (/suche/) on region portals and on the cross-region portal."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connection
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .localise import localise, page_language
from .params import FACET_PARAMS, ListField, ParamError, canonical, parse
from .query import FACETS, SearchResult, search
from .regions import active_region_names
from .towns import towns_for

FACET_TITLES = {
    "kind": _("Art"),
    "region": _("Region"),
    "type": _("Angebotsart"),
    "field": _("Berufsfeld"),
    "occupation": _("Beruf"),
    "target": _("Zielgruppe"),
    "benefit": _("Vorteile"),
}
# The filter "English spoken" (?arbeitssprache=en, as on the offer list; ADR 0008).
LANGUAGE_PARAM = "arbeitssprache"
ENGLISH_SPOKEN = _("Englisch am Arbeitsplatz")
RADII = (5, 10, 25, 50, 100)
# Matches on the first result page, for the region's indicators (einblick.insights counts
# the query and drops the header; 0 also when nothing matched the words exactly).
RESULTS_HEADER = "X-Einblick-Results"


@dataclass
class RequestContext:
    region: str | None  # slug on a region host, None on the portal
    region_name: str
    known_regions: set[str] = field(default_factory=set)  # active regions only

    def visible_regions(self, regions: list[str] | None) -> list[str]:
        """The regions a public query may read: never a deactivated one."""
        return regions if regions is not None else sorted(self.known_regions)


def request_context(request) -> RequestContext:
    tenant = getattr(request, "tenant", None)
    names = active_region_names()
    if tenant is None or connection.schema_name == "public" or tenant.schema_name == "public":
        return RequestContext(None, "", set(names))
    return RequestContext(tenant.slug, tenant.name, set(names))


def search_page(request):
    ctx = request_context(request)
    towns = towns_for(ctx.region)
    params, _ = canonical(request.GET)  # links and the form speak the German names
    error = None
    result: SearchResult | None = None
    query = None
    try:
        query = parse(
            request.GET, current_region=ctx.region, known_regions=ctx.known_regions, towns=towns
        )
    except ParamError as exc:
        error = exc
    language = page_language(translation.get_language())
    if query is not None and (query.q or _has_filters(params)):
        query.regions = ctx.visible_regions(query.regions)
        result = search(query)
        localise(result.results, language)
    widened = request.GET.get("scope") == "all"
    response = render(
        request,
        "einblick_search/search.html",
        {
            "ctx": ctx,
            "q": request.GET.get("q", ""),
            "result": result,
            "error": error,
            "facets": _facets(result, params, hide_region=bool(ctx.region and not widened)),
            "widened": widened,
            "widen_url": _url(params, scope="all"),
            "towns": towns,
            "town": params.get("ort", ""),
            "near": params.get("nahe", ""),
            "radius": params.get("umkreis", ""),
            "radii": RADII,
            "sort": request.GET.get("sort", "relevance"),
            "pages": _pages(result, params),
            "suggestion_url": _suggestion_url(params, result),
            "intent_chips": _intent_chips(result, params, language),
            "english": language == "en",
            "english_spoken": _english_spoken(params),
            "filter_removals": _filter_removals(result, params),
            "active_filters": _active_filters(params),
            "reset_url": _reset_url(params),
        },
        status=400 if error else 200,
    )
    if result is not None and query.q and result.page == 1:
        response[RESULTS_HEADER] = str(result.count if result.exact else 0)
    return response


def _facets(result: SearchResult | None, params, hide_region: bool) -> list[dict]:
    """Facet checkboxes, named by their filter parameter (ADR 0008)."""
    if result is None:
        return []
    facets = []
    for name in FACETS:
        values = result.facets.get(name) or []
        if not values or (name == "region" and hide_region):
            continue
        parameter = FACET_PARAMS[name]
        selected = set(ListField().to_python(params.getlist(parameter)))
        facets.append(
            {
                "name": parameter,
                "title": FACET_TITLES[name],
                "active": bool(selected),
                "values": [
                    {"value": v.value, "label": v.label, "count": v.count,
                     "language": v.language, "checked": v.value in selected}
                    for v in values[:15]
                ],
            }
        )  # fmt: skip
    return facets


def _pages(result: SearchResult | None, params) -> dict | None:
    if result is None or result.num_pages <= 1:
        return None
    page, last = result.page, result.num_pages
    return {
        "previous": _url(params, page=str(page - 1)) if page > 1 else None,
        "next": _url(params, page=str(page + 1)) if page < last else None,
        "current": page,
        "total": last,
    }


def _active_filters(params) -> int:
    """How many filters are set, counted like the offer list's 'Filter (n aktiv)' button:
    one per filter parameter with a value, place (ort/nahe) and period (von/bis) once each."""
    groups = [*([name] for name in (*FACET_PARAMS.values(), LANGUAGE_PARAM))]
    groups += [["ort", "nahe"], ["von", "bis"]]
    return sum(1 for group in groups if any(params.get(name) for name in group))


def _reset_url(params) -> str:
    """The search without filters: the words and the scope stay."""
    kept = {name: params[name] for name in ("q", "scope") if params.get(name)}
    return "?" + urlencode(kept)


def _has_filters(params) -> bool:
    names = ("kind", *FACET_PARAMS.values(), LANGUAGE_PARAM, "nahe", "ort", "von", "bis")
    return any(params.get(name) for name in names)


def _url(params, **changes: str) -> str:
    """`?…` for the current search with some parameters replaced."""
    params = params.copy()
    for name, value in changes.items():
        params[name] = value
    return "?" + params.urlencode()


def _intent_chips(result: SearchResult | None, params, language: str = "de") -> list[dict]:
    """Recognised everyday phrases as removable chips: removing one drops it from `q`.
    An English page shows the lexicon's English label, or the phrase as typed where the
    entry has none (its label is German)."""
    if result is None:
        return []
    chips = []
    for intent in result.intents:
        q = " ".join(params.get("q", "").replace(intent["phrase"], " ").split())
        german = language == "en" and intent.get("language") != "en"
        label = intent["phrase"] if german else intent["label"]
        chips.append({**intent, "label": label, "remove_url": _url(params, q=q, page="1")})
    return chips


def _english_spoken(params) -> dict:
    """The checkbox "English spoken" and, when it is set, its removable chip."""
    chosen = ListField().to_python(params.getlist(LANGUAGE_PARAM))
    others = [code for code in chosen if code != "en"]  # kept when the box is unticked
    without = params.copy()
    without.setlist(LANGUAGE_PARAM, others)
    without.pop("page", None)
    return {
        "name": LANGUAGE_PARAM,
        "label": ENGLISH_SPOKEN,
        "checked": "en" in chosen,
        "others": others,
        "remove_url": "?" + without.urlencode(),
    }


def _filter_removals(result: SearchResult | None, params) -> list[dict]:
    """When nothing matches exactly: one link per active filter that searches without it."""
    if result is None or result.exact:
        return []
    removals = []
    for facet, parameter in FACET_PARAMS.items():
        if parameter in params and facet != "region":
            without = params.copy()
            without.pop(parameter)
            without.pop("page", None)
            removals.append({"title": FACET_TITLES[facet], "url": "?" + without.urlencode()})
    if params.get(LANGUAGE_PARAM):
        without = params.copy()
        without.pop(LANGUAGE_PARAM)
        without.pop("page", None)
        removals.append({"title": ENGLISH_SPOKEN, "url": "?" + without.urlencode()})
    return removals


def _suggestion_url(params, result) -> str | None:
    if not result or not result.suggestion:
        return None
    params = params.copy()
    params["q"] = result.suggestion
    params.pop("page", None)
    return "?" + urlencode(list(params.lists()), doseq=True)
