"""Production: every secret must come from the environment; fail loudly otherwise.

`manage.py check --deploy` passes without warnings (tests/security/test_deploy_check.py).
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, DATABASE_URL, ENV, SECRET_KEY

DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
if not DATABASE_URL:
    raise ImproperlyConfigured("DATABASE_URL must be set in production.")

# --- HTTPS (TLS ends at the reverse proxy, which sets X-Forwarded-Proto) ------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = ENV.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(ENV.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
# Region hosts are often sub-domains of the platform's domain: they are HTTPS-only as well.
SECURE_HSTS_INCLUDE_SUBDOMAINS = ENV.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "1") == "1"
# Only permits a submission to the browsers' preload list; nobody is submitted automatically.
SECURE_HSTS_PRELOAD = ENV.get("SECURE_HSTS_PRELOAD", "1") == "1"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views allow same-origin framing themselves

# --- Cookies ------------------------------------------------------------------------------
SESSION_COOKIE_SECURE = ENV.get("SECURE_COOKIES", "1") == "1"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_TRUSTED_ORIGINS = [o for o in ENV.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# --- Rate limits: counters shared by every gunicorn worker (memcached, docker-compose) -----
CACHES = {
    **CACHES,
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": ENV.get("RATELIMIT_CACHE_LOCATION", "memcached:11211"),
    },
}
SILENCED_SYSTEM_CHECKS = []
# A cache outage must not take the portals offline: count nothing rather than refuse all.
RATELIMIT_FAIL_OPEN = True
# Behind the reverse proxy REMOTE_ADDR is the proxy; it passes the client as X-Real-IP.
RATELIMIT_IP_META_KEY = ENV.get("RATELIMIT_IP_META_KEY", "HTTP_X_REAL_IP")
