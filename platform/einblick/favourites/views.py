"""The Merkliste page (a shell filled by favourites.js) and its JSON API.

Neither reads nor writes anything about the visitor: the ids come from the browser's
localStorage or from a shared link (`?ids=`), and the answer depends only on them.
"""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .lookup import BadIds, parse_ids, resolve


@require_GET
def merkliste(request):
    return render(request, "favourites/merkliste.html", {})


@require_GET
def merkliste_api(request):
    try:
        ids = parse_ids(request.GET.get("ids", ""))
    except BadIds as exc:
        return JsonResponse(
            {"error": {"parameter": "ids", "message": str(exc)}},
            status=400,
            json_dumps_params={"ensure_ascii": False},
        )
    items = [item.as_json() for item in resolve(ids)] if ids else []
    return JsonResponse({"items": items}, json_dumps_params={"ensure_ascii": False})
