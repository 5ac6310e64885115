"""The page cache's fast path (tenants.fastpath); the cache itself: PAGE_CACHE_* in base.py."""

from .base import ENV

# Stored pages each worker process also keeps in memory (the most recently used).
PAGE_CACHE_LOCAL_ENTRIES = int(ENV.get("PAGE_CACHE_LOCAL_ENTRIES", "200"))

# A page-cache hit answered before Django's request handling (tenants.fastpath) still passes
# through these: the middleware above PageCacheMiddleware without the region and theme
# middleware, whose work the fast path does itself (a test keeps both lists in step).
PAGE_CACHE_HIT_MIDDLEWARE = [
    "einblick.security.csp.ContentSecurityPolicyMiddleware",
    "einblick.insights.middleware.CountingMiddleware",
    "django.middleware.security.SecurityMiddleware",
]
