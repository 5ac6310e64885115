"""What every open-API operation shares: one error shape, conditional GET and CORS.

Errors look like the search API's (`{"error": {"parameter": …, "message": …}}`), in German,
naming the parameter as the client sent it. Successful GETs carry an `ETag` (a hash of the
body), a `Last-Modified` where the operation knows one, and answer `If-None-Match` /
`If-Modified-Since` with 304 (Django's conditional-response helpers). The API is read-only and
takes no credentials, so CORS is one header: any origin may read it with a simple GET.
`sprache=en` answers in English where there is English: taxonomy names (types, Berufsfelder,
target groups …) and event kinds; slugs and keys stay the same (issue 20).
"""

from __future__ import annotations

from functools import wraps

from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe
from ninja import Schema

MAX_AGE = 60  # seconds a browser or proxy may reuse an answer before revalidating
LANGUAGES = ("de", "en")  # `sprache`, as in the search API (search.localise)


class ErrorDetail(Schema):
    parameter: str | None
    message: str


class ErrorOut(Schema):
    error: ErrorDetail


class RateLimitedOut(Schema):
    error: str
    message: str
    retry_after: int


ERRORS = {400: ErrorOut, 404: ErrorOut, 429: RateLimitedOut}
NOT_FOUND = {404: ErrorOut, 429: RateLimitedOut}


class ApiError(Exception):
    def __init__(self, status: int, parameter: str | None, message: str):
        super().__init__(message)
        self.status, self.parameter, self.message = status, parameter, message


def error_response(status: int, parameter: str | None, message: str) -> JsonResponse:
    body = {"error": {"parameter": parameter, "message": message}}
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def form_error(form) -> ApiError:
    """The first invalid field of a bound form, as a 400."""
    name = next(name for name in form.fields if name in form.errors)
    return ApiError(400, name, " ".join(form.errors[name]))


def set_last_modified(response, moment) -> None:
    if moment is not None:
        response["Last-Modified"] = http_date(moment.timestamp())


def public_get(view):
    """ETag/Last-Modified, 304 answers, Cache-Control and CORS for one GET operation."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        language = (request.GET.get("sprache") or "").strip() or "de"
        if language not in LANGUAGES:
            response = error_response(400, "sprache", "Erlaubt sind „de“ und „en“.")
        else:
            with translation.override(language):
                response = view(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        if response.status_code != 200:
            return response
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        set_response_etag(response)
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=last_modified, response=response
        )

    return wrapper
