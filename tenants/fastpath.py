"""Page-cache hits answered before Django's request handling (wraps the WSGI application).

A hit needs neither the database nor a session. The region of the host is the record the
region middleware keeps in the page cache (tenants.middleware.known_region), the content
versions and the page come from the page cache as well (tenants.pagecache.lookup). The hit
then passes only through settings.PAGE_CACHE_HIT_MIDDLEWARE – the Content-Security-Policy
with a fresh nonce for the page, the page-view count and the security headers – and leaves
out the signals, the URL resolver and the middleware inside the page cache, which a hit
never reached anyway.

Everything else goes to Django unchanged and is answered exactly as before: anything but
GET, a session cookie or credentials, a path the cache never holds, an HTTP request that is
to be redirected to HTTPS, a host Django would refuse, a host whose region is not kept yet,
a region that is deactivated (410) or in preparation, and every miss, which Django's
PageCacheMiddleware then renders and stores.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.db import connection
from django.urls import set_urlconf
from django.utils.module_loading import import_string
from django_tenants.utils import remove_www

from . import pagecache, versions
from .middleware import RegionMiddleware, known_region

logger = logging.getLogger("einblick.pagecache")


def _served(request):
    return pagecache.serve(request, request.page_cache_entry)


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
        response = None
        if settings.PAGE_CACHE_SECONDS > 0 and environ.get("REQUEST_METHOD") == "GET":
            versions.begin_request()
            try:
                response = self.hit(environ)
            except Exception:  # Django answers instead, with its own error handling
                logger.exception("Page cache fast path failed; passing the request on")
                response = None
            finally:
                versions.end_request()
                set_urlconf(None)
        if response is None:
            return self.application(environ, start_response)
        headers = [*response.items()]
        headers += [("Set-Cookie", c.output(header="")) for c in response.cookies.values()]
        start_response(f"{response.status_code} {response.reason_phrase}", headers)
        return [response.content]

    def hit(self, environ):
        """The cached answer to `environ`, or None when Django has to answer."""
        request = WSGIRequest(environ)
        if not pagecache.anonymous(request):
            return None
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return None
        try:
            hostname = remove_www(request.get_host().split(":")[0])
        except DisallowedHost:
            return None
        region = known_region(hostname)
        if region is None or region.in_preparation or not (region.is_active or region.is_public):
            return None
        scope = versions.own_scope(region.schema_name)
        tokens, _ = versions.current(versions.SHARED, scope)
        entry = pagecache.lookup(pagecache.key(request, tokens))
        if entry is None:
            return None
        request.tenant = region
        request.page_cache_entry = entry
        connection.set_tenant(region)
        RegionMiddleware.setup_url_routing(request)
        set_urlconf(getattr(request, "urlconf", None))
        return self._hit_chain()(request)
