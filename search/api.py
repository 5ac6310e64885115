"""JSON API: GET /api/v1/search/ and /api/v1/search/suggest/ (documented in docs/search.md)."""

from __future__ import annotations

from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from .localise import localise, requested_language
from .params import ParamError, parse
from .query import search, suggest
from .views import request_context


def _hit_json(hit) -> dict:
    return {
        "region": hit.region,
        "region_name": hit.region_name,
        "kind": hit.kind,
        "id": hit.object_id,
        "title": hit.title,
        "url": hit.url,
        "employer": hit.employer,
        "snippet": hit.snippet,
        "type": hit.offer_type,
        "period_start": hit.period_start.isoformat() if hit.period_start else None,
        "period_end": hit.period_end.isoformat() if hit.period_end else None,
        "published_at": hit.published_at.isoformat() if hit.published_at else None,
        "distance_km": hit.distance_km,
        "city": (hit.extra or {}).get("city", ""),
        "language": hit.language,
    }


def result_json(result) -> dict:
    return {
        "count": result.count,
        "page": result.page,
        "page_size": result.page_size,
        "num_pages": result.num_pages,
        "results": [_hit_json(h) for h in result.results],
        "facets": {
            name: [{"value": v.value, "label": v.label, "count": v.count} for v in values]
            for name, values in result.facets.items()
        },
        "suggestion": result.suggestion,
        "corrected": result.corrected,
        "exact": result.exact,
        "notice": result.notice or None,
        "missing": list(result.missing),
        "intents": list(result.intents),
        "count_exact": result.count_exact,
        "backend": result.backend_used,
        "degraded": result.degraded,
    }


def _error(exc: ParamError) -> JsonResponse:
    return JsonResponse(exc.as_json(), status=400, json_dumps_params={"ensure_ascii": False})


@require_GET
def search_api(request):
    ctx = request_context(request)
    try:
        query = parse(request.GET, current_region=ctx.region, known_regions=ctx.known_regions)
        language = requested_language(request.GET)
    except ParamError as exc:
        return _error(exc)
    query.regions = ctx.visible_regions(query.regions)
    with translation.override(language):  # facet and intent labels in that language
        result = search(query)
    localise(result.results, language)
    return JsonResponse(result_json(result), json_dumps_params={"ensure_ascii": False})


@require_GET
def suggest_api(request):
    ctx = request_context(request)
    q = request.GET.get("q", "").strip()
    if len(q) > 100:
        return _error(ParamError("q", "Höchstens 100 Zeichen."))
    scope = request.GET.get("scope", "").strip()
    if scope not in ("", "region", "all"):
        return _error(ParamError("scope", "Erlaubt sind „region“ und „all“."))
    regions = ctx.visible_regions([ctx.region] if ctx.region and scope != "all" else None)
    return JsonResponse(
        {"q": q, "suggestions": suggest(q, regions)}, json_dumps_params={"ensure_ascii": False}
    )
