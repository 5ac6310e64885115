"""Full-page cache for anonymous visitors of region hosts and the portal.

A page is stored under its host, path and query string, the local date and the content
versions of its region and of the shared data (tenants.versions); the theme is the region's
brand setting, so its version covers it. Any visible change moves a
version, so every worker process computes new keys on its next request; stale entries are
never read again and age out. A moment at which content expires or ends by itself (an offer's
`expire_at`, an event's start) comes from the schedules the domain apps register: the entry
lives no longer than that, and the first request after it moves the region's version.

Never cached: requests with a session cookie or credentials, anything but GET/HEAD, /cms/,
documents, media, static files; responses that are not a 200 HTML page, set a cookie, are
marked private/no-store, or were rendered for a logged-in user.

Responses carry `Cache-Control: public`, `ETag`, `Last-Modified` and `Vary: Cookie`, so a
reverse proxy or CDN may keep them too; conditional requests are answered with 304.
The CSP nonce of the stored page is replaced by a placeholder and every hit gets a fresh one.

Each process also keeps the settings.PAGE_CACHE_LOCAL_ENTRIES most recently used entries in
memory, until their own expiry: their keys carry the content versions, so a copy is found
only while those are current. Most hits are answered before Django's request
handling by tenants.fastpath; this middleware answers the others (HEAD, a region record not
yet kept) and stores every page.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import time
from collections import OrderedDict
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import connection
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date

from . import versions

# Moments (aware datetimes after `now`) at which a region's pages change by themselves;
# each callable runs inside the region's schema and returns None when nothing is scheduled.
_schedules: list[Callable] = []

NOT_STORED_HEADERS = frozenset(
    {"set-cookie", "content-security-policy", "content-security-policy-report-only", "date"}
)
HEADER = "X-Page-Cache"
# This process's copies of stored pages, least recently used first (see the docstring).
_local: OrderedDict[str, dict] = OrderedDict()
NEXT_CHANGE = "next-change"
_day: list = [None, ""]  # (second, local date) of the last _today()
# Request attribute set while tenants.fastpath keeps a page's answer: middleware leaves
# callables(environ) there that the fast path calls on every later hit of that page.
HIT_HOOKS = "page_cache_hooks"


def register_schedule(next_change: Callable) -> None:
    """Register `next_change(now) -> datetime | None` (see the module docstring)."""
    if next_change not in _schedules:
        _schedules.append(next_change)


@functools.cache
def _placeholder(secret: str) -> bytes:
    digest = hmac.new(secret.encode(), b"csp-nonce-placeholder", hashlib.sha256)
    return f"nonce-{digest.hexdigest()[:24]}".encode()


def nonce_placeholder() -> bytes:
    """What stands in a stored page (and a kept answer's policy) for the CSP nonce."""
    return _placeholder(settings.SECRET_KEY)


def _excluded(path: str) -> bool:
    prefixes = ("/cms/", "/dokumente/", settings.MEDIA_URL, settings.STATIC_URL)
    return path.startswith(prefixes)


def anonymous(request) -> bool:
    """No session, no credentials, and a path the cache may hold."""
    return (
        settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not _excluded(request.path)
    )


def _candidate(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and getattr(request, "tenant", None) is not None
        and anonymous(request)
    )


def lookup(entry_key: str):
    """The stored page of `entry_key`: this process's copy while it has not expired, else
    the shared cache's (then copied)."""
    entry = _local.get(entry_key)
    if entry is not None:
        if entry.get("expires", 0) > time.time():
            _local.move_to_end(entry_key)
            return entry
        del _local[entry_key]
    entry = versions.page_cache().get(entry_key)
    if entry is not None:
        _keep(entry_key, entry)
    return entry


def _keep(entry_key: str, entry) -> None:
    while _local and len(_local) >= settings.PAGE_CACHE_LOCAL_ENTRIES:
        _local.popitem(last=False)
    if settings.PAGE_CACHE_LOCAL_ENTRIES > 0:
        _local[entry_key] = entry


def _build_next_change(now):
    moments = [m for m in (fn(now) for fn in _schedules) if m is not None]
    return min(moments) if moments else None


def _tokens(scope: str, now) -> dict[str, str]:
    """The versions a page of `scope` is keyed by. Once the scope's next scheduled change
    is due, the scope moves to a new version first (its pages change by themselves now)."""
    tokens, _ = versions.current(versions.SHARED, scope)
    moment = versions.peek(scope, NEXT_CHANGE)
    if moment is not None and moment <= now:
        versions.bump(scope)
        tokens, _ = versions.current(versions.SHARED, scope)
    return tokens


def _seconds_to_next_change(scope: str, now) -> float | None:
    moment = versions.cached_per_scope(scope, NEXT_CHANGE, lambda: _build_next_change(now))
    if moment is None or moment <= now:
        return None
    return (moment - now).total_seconds()


def _today() -> str:
    """The local date, looked up at most once a second."""
    second = int(time.time())
    if _day[0] != second:
        _day[:] = [second, timezone.localdate().isoformat()]
    return _day[1]


def key(request, tokens: dict[str, str]) -> str:
    raw = "|".join(
        (request.get_host(), request.path, request.META.get("QUERY_STRING", ""), _today())
    )
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"page:{':'.join(tokens.values())}:{digest}"


def _cacheable(request, response) -> bool:
    user = getattr(request, "user", None)
    control = response.get("Cache-Control", "").lower()
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and not any(word in control for word in ("private", "no-store", "no-cache"))
        and vary <= {"cookie", "accept-encoding"}
        and not (user is not None and user.is_authenticated)
    )


def _conditional(request, response, entry):
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["stored"])
    patch_cache_control(
        response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE, must_revalidate=True
    )
    patch_vary_headers(response, ("Cookie",))
    result = get_conditional_response(
        request, etag=entry["etag"], last_modified=int(entry["stored"]), response=response
    )
    if result is not response:
        # The browser keeps its stored page and that page's nonce: no new policy header.
        result._csp_exempt = True
        result._csp_exempt_ro = True
    return result


def serve(request, entry):
    content = entry["content"]
    if entry["nonce"]:
        content = content.replace(nonce_placeholder(), str(request.csp_nonce).encode())
    response = HttpResponse(content, status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response[HEADER] = "hit"
    return _conditional(request, response, entry)


def _store(request, entry_key: str, scope: str, response):
    now = timezone.now()
    ttl = settings.PAGE_CACHE_SECONDS
    next_change = _seconds_to_next_change(scope, now)
    if next_change is not None:
        ttl = min(ttl, next_change)
    content = response.content
    nonce = getattr(request, "_csp_nonce", None)
    if isinstance(nonce, str):
        content = content.replace(nonce.encode(), nonce_placeholder())
    entry = {
        "status": response.status_code,
        "headers": [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED_HEADERS],
        "content": content,
        "nonce": isinstance(nonce, str),
        "etag": f'"{hashlib.sha1(content).hexdigest()}"',  # noqa: S324 - not for security
        "stored": time.time(),
    }
    if ttl >= 1:
        entry["expires"] = entry["stored"] + int(ttl)
        versions.page_cache().set(entry_key, entry, int(ttl))
        _keep(entry_key, entry)
    response[HEADER] = "miss"
    return _conditional(request, response, entry)


class PageCacheMiddleware:
    """Serve and store anonymous pages (after the region, theme and security middleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            candidate = _candidate(request)
            if candidate:
                request.get_host()
        except DisallowedHost:
            candidate = False
        if not candidate:
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and "Cache-Control" not in response:
                add_never_cache_headers(response)  # a logged-in view stays out of proxies
            return response
        scope = versions.own_scope(connection.schema_name)
        entry_key = key(request, _tokens(scope, timezone.now()))
        entry = lookup(entry_key)
        if entry is not None:
            return serve(request, entry)
        response = self.get_response(request)
        if not _cacheable(request, response):
            return response
        return _store(request, entry_key, scope, response)
