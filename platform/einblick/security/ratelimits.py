"""Rate limits per client IP for the public JSON API, suggestions, search and forms.

Counting is django-ratelimit's (`get_usage`, fixed windows in the `ratelimit` cache); this
middleware only maps request paths to the groups and rates of settings.EINBLICK_RATELIMITS
and answers over-limit requests with 429 and `Retry-After`. The admin (/cms/) is left to
django-axes (login) and Wagtail's permissions.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy
from django_ratelimit.core import get_usage

MESSAGE = gettext_lazy(
    "Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es dann "
    "erneut."
)
EXEMPT_PREFIXES = ("/cms/", "/static/", "/media/", "/marken/", "/dokumente/")


def group_for(request) -> str | None:
    """The rate-limit group of a request (None: not limited)."""
    path = request.path_info
    if path.startswith(EXEMPT_PREFIXES):
        return None
    if path.startswith("/api/v1/search/suggest/"):
        return "suggest"
    if path.startswith("/api/"):
        return "api"
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        return "forms"  # every public form that sends data
    if request.GET:
        return "queries"  # search and filter forms (GET with parameters)
    return None


def too_many_requests(request, retry_after: int):
    retry_after = max(1, retry_after)
    if request.path_info.startswith("/api/"):
        response = JsonResponse(
            {"error": "rate_limited", "message": str(MESSAGE), "retry_after": retry_after},
            status=429,
            json_dumps_params={"ensure_ascii": False},
        )
    else:
        body = render_to_string(
            "security/429.html", {"message": str(MESSAGE), "retry_after": retry_after}, request
        )
        response = HttpResponse(body, status=429)
    response["Retry-After"] = str(retry_after)
    return response


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        group = group_for(request)
        rate = settings.EINBLICK_RATELIMITS.get(group) if group else None
        if rate:
            usage = get_usage(request, group=f"einblick:{group}", key="ip", rate=rate,
                              increment=True)  # fmt: skip
            if usage is not None and usage["should_limit"]:
                return too_many_requests(request, usage["time_left"])
        return self.get_response(request)
