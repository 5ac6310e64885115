"""Page-cache hits answered before Django's request handling (wraps the WSGI application).

A hit needs neither the database nor a session nor a request object. The host, path, scheme
and cookies are read from the WSGI environ as Django's WSGIRequest reads them (`Probe`). The
region of the host is the record the region middleware keeps in the page cache
(tenants.middleware.known_region); the content versions come with one shared read at most
(tenants.versions: none while the file cache's stamp stands), the page from this process's
copy (tenants.pagecache.lookup).

The first hit of a stored page in a process passes through settings.PAGE_CACHE_HIT_MIDDLEWARE
– the Content-Security-Policy, the page-view count and the security headers – with a
placeholder for the CSP nonce. What comes out is kept with the page as its answer on the wire
(`Wire`): status line, final headers, body. Every hit, that first one included, is then that
answer with a fresh nonce put in place of the placeholder (in the policy header and the page)
and the hooks the middleware left for later hits (page-view counting) called with the
environ. The answer is kept per scheme (Strict-Transport-Security goes to HTTPS requests only).
Conditional requests (If-None-Match, If-Modified-Since) pass through the middleware every time
and are answered 304 when the page is unchanged.

Everything else goes to Django unchanged and is answered exactly as before: anything but
GET, a session cookie or credentials, a path the cache never holds, an HTTP request that is
to be redirected to HTTPS, a host Django would refuse, a host whose region is not kept yet,
a region that is deactivated (410) or in preparation, and every miss, which Django's
PageCacheMiddleware then renders and stores.
"""

from __future__ import annotations

import base64
import logging
import os
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest, get_path_info, get_script_name, get_str_from_wsgi
from django.db import connection
from django.http import HttpRequest, parse_cookie
from django.urls import set_urlconf
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django_tenants.utils import remove_www

from . import pagecache, versions
from .middleware import RegionMiddleware, known_region

logger = logging.getLogger("einblick.pagecache")

HOOKS = pagecache.HIT_HOOKS
WIRE = "wire"  # entry key: {is_secure: Wire}, in this process's copy of the entry only
_scopes: dict[str, str] = {}  # hostname -> the scope of its region, as last seen
_hosts: dict = {"allowed": None, "valid": set()}  # raw hosts that passed ALLOWED_HOSTS
MAX_HOSTS = 1000


class Probe(HttpRequest):
    """The parts of a request a hit needs, read from the environ as WSGIRequest reads them
    (path, host with ALLOWED_HOSTS, scheme with SECURE_PROXY_SSL_HEADER, cookies)."""

    def __init__(self, environ):
        self.environ = self.META = environ
        script_name = get_script_name(environ)
        self.path_info = get_path_info(environ) or "/"
        self.path = f"{script_name.rstrip('/')}/{self.path_info.replace('/', '', 1)}"
        self.method = environ["REQUEST_METHOD"].upper()

    def _get_scheme(self):
        return self.environ.get("wsgi.url_scheme")

    def get_host(self):
        """Django's get_host, its validation remembered per raw host (a refused host is
        checked anew each time, as Django does)."""
        raw = self._get_raw_host()
        allowed = (settings.ALLOWED_HOSTS, settings.DEBUG)
        if _hosts["allowed"] != allowed or len(_hosts["valid"]) >= MAX_HOSTS:
            _hosts.update(allowed=allowed, valid=set())
        if raw not in _hosts["valid"]:
            super().get_host()  # raises DisallowedHost
            _hosts["valid"].add(raw)
        return raw

    @cached_property
    def COOKIES(self):  # noqa: N802 - Django's name
        return parse_cookie(get_str_from_wsgi(self.environ, "HTTP_COOKIE", ""))


def new_nonce() -> str:
    """A CSP nonce as django-csp makes it (csp.middleware.CSPMiddleware._make_nonce)."""
    return base64.b64encode(os.urandom(16)).decode("ascii")


@dataclass(frozen=True, slots=True)
class Wire:
    """A stored page's answer as it leaves the hit middleware, the nonce left open."""

    status: str
    headers: tuple[tuple[str, str], ...]
    body: tuple[bytes, ...]  # the body split at the nonce placeholder
    hooks: tuple
    nonce_at: tuple[int, ...]  # headers holding the placeholder
    length_at: int | None  # the Content-Length header

    @classmethod
    def of(cls, response, hooks) -> Wire:
        placeholder = pagecache.nonce_placeholder()
        headers = tuple(response.items())
        names = [name.lower() for name, _ in headers]
        return cls(
            status=f"{response.status_code} {response.reason_phrase}",
            headers=headers,
            body=tuple(response.content.split(placeholder)),
            hooks=tuple(hooks),
            nonce_at=tuple(i for i, (_, v) in enumerate(headers) if placeholder.decode() in v),
            length_at=names.index("content-length") if "content-length" in names else None,
        )

    def answer(self, environ) -> tuple[str, list, bytes]:
        nonce = new_nonce()
        body = nonce.encode().join(self.body)
        headers = list(self.headers)
        if self.nonce_at:
            placeholder = pagecache.nonce_placeholder().decode()
            for i in self.nonce_at:
                headers[i] = (headers[i][0], headers[i][1].replace(placeholder, nonce))
        if self.length_at is not None:
            headers[self.length_at] = (headers[self.length_at][0], str(len(body)))
        for hook in self.hooks:
            hook(environ)
        return self.status, headers, body


def _served(request):
    return pagecache.serve(request, request.page_cache_entry)


def _parts(response) -> tuple[str, list, bytes]:
    headers = [*response.items()]
    headers += [("Set-Cookie", c.output(header="")) for c in response.cookies.values()]
    return f"{response.status_code} {response.reason_phrase}", headers, response.content


def _live_region(hostname: str):
    """The host's region and the content versions of its pages; (None, None) when Django
    has to answer. One shared read fills the versions: the scope is guessed from the host's
    last request and read again only when the guess was wrong."""
    guess = _scopes.get(hostname)
    tokens, _ = versions.current(versions.SHARED, *([guess] if guess else []))
    region = known_region(hostname)
    if region is None or region.in_preparation or not (region.is_active or region.is_public):
        return None, None
    scope = versions.own_scope(region.schema_name)
    if scope != guess:
        _scopes[hostname] = scope
        tokens, _ = versions.current(versions.SHARED, scope)
    return region, tokens


class PageCacheFastPath:
    """WSGI application: cache hits here, everything else to `application` (Django's)."""

    def __init__(self, application):
        self.application = application
        self._chain = None

    def _hit_chain(self):
        if self._chain is None:
            handler = _served
            for path in reversed(settings.PAGE_CACHE_HIT_MIDDLEWARE):
                handler = import_string(path)(handler)
            self._chain = handler
        return self._chain

    def __call__(self, environ, start_response):
        answer = None
        if settings.PAGE_CACHE_SECONDS > 0 and environ.get("REQUEST_METHOD") == "GET":
            versions.begin_request()
            try:
                answer = self.hit(environ)
            except Exception:  # Django answers instead, with its own error handling
                logger.exception("Page cache fast path failed; passing the request on")
                answer = None
            finally:
                versions.end_request()
        if answer is None:
            return self.application(environ, start_response)
        status, headers, body = answer
        start_response(status, headers)
        return [body]

    def hit(self, environ):
        """(status, headers, body) of the cached answer to `environ`, or None when Django
        has to answer."""
        probe = Probe(environ)
        if not pagecache.anonymous(probe):
            return None
        secure = probe.is_secure()
        if settings.SECURE_SSL_REDIRECT and not secure:
            return None
        try:
            hostname = remove_www(probe.get_host().split(":")[0])
        except DisallowedHost:
            return None
        region, tokens = _live_region(hostname)
        if region is None:
            return None
        entry = pagecache.lookup(pagecache.key(probe, tokens))
        if entry is None:
            return None
        if "HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ:
            return _parts(self._through_middleware(WSGIRequest(environ), region, entry))
        wires = entry.setdefault(WIRE, {})
        wire = wires.get(secure)
        if wire is None:
            wire = self._wire(environ, region, entry)
            if wire is None:  # not a plain page after all: the middleware's answer, each time
                return _parts(self._through_middleware(WSGIRequest(environ), region, entry))
            wires[secure] = wire
        return wire.answer(environ)

    def _through_middleware(self, request, region, entry):
        request.tenant = region
        request.page_cache_entry = entry
        connection.set_tenant(region)
        RegionMiddleware.setup_url_routing(request)
        set_urlconf(getattr(request, "urlconf", None))
        try:
            return self._hit_chain()(request)
        finally:
            set_urlconf(None)

    def _wire(self, environ, region, entry) -> Wire | None:
        """The hit middleware's answer with the nonce placeholder, and its hooks."""
        request = WSGIRequest(environ)
        if entry["nonce"]:
            request._csp_nonce = pagecache.nonce_placeholder().decode()  # django-csp uses it
        setattr(request, HOOKS, [])
        response = self._through_middleware(request, region, entry)
        if response.status_code != 200 or response.cookies or response.streaming:
            return None
        return Wire.of(response, getattr(request, HOOKS))
