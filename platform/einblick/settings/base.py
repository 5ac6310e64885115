"""Settings shared by every environment.

The environment is read once, here at the top; dev/test/production only adjust.
"""

import datetime
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parents[3]
PROJECT_DIR = BASE_DIR / "platform" / "einblick"

# --- Environment -------------------------------------------------------------------------
ENV = os.environ
DATABASE_URL = ENV.get("DATABASE_URL", "")
ELASTICSEARCH_URL = ENV.get("ELASTICSEARCH_URL", "")
SECRET_KEY = ENV.get("SECRET_KEY", "")
DEBUG = ENV.get("DEBUG", "").lower() in ("1", "true", "yes")
ALLOWED_HOSTS = [h for h in ENV.get("ALLOWED_HOSTS", "localhost,.localhost").split(",") if h]
DATA_DIR = Path(ENV.get("EINBLICK_DATA_DIR", BASE_DIR / ".data"))
MEDIA_ROOT = Path(ENV.get("MEDIA_ROOT", BASE_DIR / "media"))
STATIC_ROOT = Path(ENV.get("STATIC_ROOT", BASE_DIR / "static_collected"))
# Commands run by the cron service (docker-compose) through `manage.py run_scheduled_tasks`;
# apps append their reminders, digests and deletions here.
SCHEDULED_COMMANDS = ["purge_personal_data"]
SCHEDULED_COMMANDS += ["expire_registration_holds", "send_event_reminders"]  # events
SCHEDULED_COMMANDS += ["flush_counts"]  # insights: spooled page views into daily counts
# Counting without cookies (einblick.insights): each process appends to a spool file here,
# `flush_counts` folds them into daily counts; app and cron must share this directory.
INSIGHTS_SPOOL_DIR = Path(ENV.get("INSIGHTS_SPOOL_DIR", DATA_DIR / "insights-spool"))
INSIGHTS_COUNTING = ENV.get("INSIGHTS_COUNTING", "1").lower() in ("1", "true", "yes")

DEFAULT_FROM_EMAIL = ENV.get("DEFAULT_FROM_EMAIL", "Einblick <noreply@einblick.localhost>")
# Port that public links and Wagtail Sites use for region hosts (8000 in dev, 80/443 behind a proxy).
PUBLIC_PORT = int(ENV.get("PUBLIC_PORT", ENV.get("PORT", "8000")))
SEARCH_BACKEND = ENV.get("SEARCH_BACKEND", "elasticsearch" if ELASTICSEARCH_URL else "postgres")
SEARCH_ES_INDEX = ENV.get("SEARCH_ES_INDEX", "einblick-search")  # alias over the live index
# Hosts that company videos, tours and video blocks may be embedded from (iframe src).
EMBED_HOSTS = [
    h.strip().lower()
    for h in ENV.get(
        "EMBED_HOSTS", "www.youtube-nocookie.com,player.vimeo.com,my.matterport.com"
    ).split(",")
    if h.strip()
]
SEARCH_ES_TIMEOUT = float(ENV.get("SEARCH_ES_TIMEOUT", "5"))
# With PostgreSQL the outbox is drained right after each commit; with Elasticsearch the
# `drain_search_outbox` worker does it (docker-compose: search-worker).
SEARCH_DRAIN_ON_COMMIT = ENV.get(
    "SEARCH_DRAIN_ON_COMMIT", "1" if SEARCH_BACKEND == "postgres" else "0"
).lower() in ("1", "true", "yes")
DB_NAME = ENV.get("EINBLICK_DB_NAME", "einblick")
# Cache shared by every worker process: redis://…/valkey://… (docker-compose: the valkey
# service), file:///path, or locmem:// (one process only). Unset: a file cache under DATA_DIR.
CACHE_URL = ENV.get("CACHE_URL", "")
# Anonymous pages are kept this many seconds at most (0 switches the page cache off); the
# content versions retire them earlier when anything they show changes (tenants.pagecache).
PAGE_CACHE_SECONDS = int(ENV.get("PAGE_CACHE_SECONDS", "600"))
# max-age sent to browsers and proxies; they revalidate with ETag/If-None-Match after it.
PAGE_CACHE_MAX_AGE = int(ENV.get("PAGE_CACHE_MAX_AGE", "0"))

# --- Applications ------------------------------------------------------------------------
WAGTAIL_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
]

DJANGO_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]
# Login throttling, in SHARED_APPS and TENANT_APPS: every schema (the public admin and each
# region) counts the failed logins of its own users; see docs/security.md.
LOGIN_THROTTLING_APPS = ["axes"]

# Public schema: regions and domains, shared taxonomies, the search document table and the
# cross-region portal. Wagtail is installed here too so that the public admin (/cms/ on the
# portal host) can maintain the shared taxonomies; see docs/adr/0001-tenancy.md.
SHARED_APPS = [
    # `tenants` precedes django_tenants so that its migrate/migrate_schemas commands win.
    "tenants",
    "django_tenants",
    *DJANGO_APPS,
    *LOGIN_THROTTLING_APPS,
    "django_tasks",
    *WAGTAIL_APPS,
    "themes",
    "search",
    "einblick.core",
    "einblick.taxonomy",
    "einblick.portal",
    "einblick.favourites",  # Merkliste: no models, serves region hosts and the portal
    "einblick.demo",
    "einblick.security",
    "transfer_kit",
    "csp",
    "django_ratelimit",
    "ninja",  # open API /api/v1/ (einblick.reach.api): schema, docs page static files
    "einblick.insights.public",  # the portal's daily counts (its embeds)
    "einblick.reach.portal",  # the portal's own embeds (platform admin)
]

# One schema per region: editors, Wagtail pages, images, documents, settings and content.
TENANT_APPS = [
    *DJANGO_APPS,
    *LOGIN_THROTTLING_APPS,
    *WAGTAIL_APPS,
    "themes",
    "einblick.taxonomy.regional",
    "einblick.pages",
    "einblick.employers",
    "einblick.offers",
    "einblick.events",
    "einblick.reach",
    "einblick.insights",
]

INSTALLED_APPS = list(SHARED_APPS) + [app for app in TENANT_APPS if app not in SHARED_APPS]

TENANT_MODEL = "tenants.Region"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_NAME = "public"
PUBLIC_SCHEMA_URLCONF = "einblick.urls_public"
ROOT_URLCONF = "einblick.urls_tenants"
# New regions are cloned from this schema (~1-2 s) instead of running every migration (~6-8 s).
TENANT_BASE_SCHEMA = "region_template"
TENANT_CREATION_FAKES_MIGRATIONS = True
DEFAULT_NOT_FOUND_TENANT_VIEW = "tenants.views.unknown_host"
DATABASE_ROUTERS = ["django_tenants.routers.TenantSyncRouter"]
# One `SET search_path` per schema switch instead of one before every query; the backend
# forgets the path on every switch, rollback and reconnect, so it is always re-issued then.
TENANT_LIMIT_SET_CALLS = True
# `migrate` skips schemas whose applied migrations already match the code (tenants.migrating).
GET_EXECUTOR_FUNCTION = "tenants.migrating.get_executor"

MIDDLEWARE = [
    # Outermost, so that even the unknown-host and inactive-region pages get the header.
    "einblick.security.csp.ContentSecurityPolicyMiddleware",
    "tenants.middleware.RegionMiddleware",
    # Counts anonymous page views into a spool file; outside the page cache, so hits count.
    "einblick.insights.middleware.CountingMiddleware",
    "themes.middleware.ThemeMiddleware",  # needs the region's schema; sets the active theme
    "django.middleware.security.SecurityMiddleware",
    # Anonymous pages from the shared cache: after region, theme and HTTPS redirect.
    "tenants.pagecache.PageCacheMiddleware",
    "einblick.security.ratelimits.RateLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "einblick.employers.middleware.CompanyLoginGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a refused login into the lockout page
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "OPTIONS": {
            # The active theme's templates first; the cache is keyed per theme (themes/loaders.py).
            "loaders": [
                (
                    "themes.loaders.CachedLoader",
                    [
                        "themes.loaders.Loader",
                        "django.template.loaders.filesystem.Loader",
                        "django.template.loaders.app_directories.Loader",
                    ],
                )
            ],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "tenants.context_processors.region",
                "themes.context_processors.brand",
                "csp.context_processors.nonce",
            ],
        },
    },
]

WSGI_APPLICATION = "einblick.wsgi.application"

# --- Database ----------------------------------------------------------------------------
if DATABASE_URL:
    _db = dj_database_url.parse(DATABASE_URL, conn_max_age=60)
else:
    from einblick.embedded_db import ensure_server

    _db = ensure_server(DATA_DIR / "postgres", DB_NAME)
    _db["CONN_MAX_AGE"] = 0
_db["ENGINE"] = "tenants.postgresql_backend"  # django-tenants', keeps ContentType cache
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Tenant-safe caches, files and tasks -------------------------------------------------
from .caches import cache_from_url  # noqa: E402

_shared_cache_url = CACHE_URL or f"file://{DATA_DIR / 'cache'}"
CACHES = {
    # Wagtail caches under fixed keys (site root paths, ...): prefix them with the schema.
    # Local memory unless CACHE_URL names a shared store: Wagtail clears these keys itself,
    # in the process that made the change.
    "default": {
        **(
            cache_from_url(CACHE_URL, "default")
            if CACHE_URL
            else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
        ),
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
    },
    # Pages, content versions and per-region routing/theme/menu data, read by every worker
    # process (tenants.versions, tenants.pagecache); keys name their region themselves.
    "pages": {**cache_from_url(_shared_cache_url, "pages"), "KEY_PREFIX": "einblick"},
    # Rate-limit counters (django-ratelimit). One process in dev and tests; production
    # replaces this by memcached, shared by every worker (settings/production.py).
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ratelimit",
    },
}
STORAGES = {
    "default": {"BACKEND": "django_tenants.files.storage.TenantFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MULTITENANT_RELATIVE_MEDIA_ROOT = "%s"
MEDIA_URL = "/media/"
STATIC_URL = "/static/"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "themes.finders.ThemeStaticFinder",  # themes/<name>/static → /static/themes/<name>/
]
# Wagtail queues index/file work through django-tasks without the schema: run it in-request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Sessions and cookies: host-only, so one region's login never reaches another --------
SESSION_COOKIE_DOMAIN = None
CSRF_COOKIE_DOMAIN = None
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LOGIN_URL = "wagtailadmin_login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# --- Login throttling (django-axes) -----------------------------------------------------
# 5 failed logins for the same user name from the same client address lock that
# combination out for 15 minutes (other clients and the same name in other regions are
# unaffected). A successful login resets the counter.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(ENV.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(ENV.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "einblick.adminkit.lockout.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # no record of successful logins (data minimisation)
# The client address is REMOTE_ADDR unless a reverse proxy is declared: an unchecked
# X-Forwarded-For header would let a client pick a new address for every attempt.
TRUSTED_PROXY_COUNT = int(ENV.get("TRUSTED_PROXY_COUNT", "0"))
if TRUSTED_PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# --- Internationalisation ----------------------------------------------------------------
LANGUAGE_CODE = "de"  # German URLs unprefixed; English under /en/ (settings/i18n.py)
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Wagtail -----------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Einblick"
WAGTAILADMIN_BASE_URL = ENV.get("WAGTAILADMIN_BASE_URL", f"http://localhost:{PUBLIC_PORT}")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILEMBEDS_FINDERS = []  # no oEmbed calls to third-party hosts
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Non-JSON input for a rich-text field is a form error, not a server error.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "einblick.adminkit.rich_text.CheckedDraftailRichTextArea"}
}

# --- Upload limits (everyone, including platform admins) -----------------------------------
# A PNG of a few kilobytes can claim 11,000 × 11,000 px and exhaust memory when decoded.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # 40 megapixels
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # 10 MB per image
# Broken files become form errors; zero/huge rendition sizes are refused (pages/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "einblick.pages.images.ImageForm"
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # request body without files
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads are streamed to a temporary file
DATA_UPLOAD_MAX_NUMBER_FILES = 20

# --- Content-Security-Policy (django-csp) ----------------------------------------------------
from csp.constants import NONCE as _NONCE  # noqa: E402 - replaced by the request's nonce

CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": [],  # /cms/ gets EINBLICK_ADMIN_CSP (einblick.security.csp)
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", _NONCE],
        "style-src": ["'self'", _NONCE],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [f"https://{host}" for host in EMBED_HOSTS] or ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],  # Wagtail's preview lives under /cms/ (admin policy)
    },
}
# The Wagtail admin renders inline scripts and styles; still no third-party hosts.
EINBLICK_ADMIN_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", *[f"https://{host}" for host in EMBED_HOSTS]],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# --- Rate limits (django-ratelimit, per client IP; einblick.security.ratelimits) ----------
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_ENABLE = ENV.get("RATELIMIT_ENABLE", "1").lower() in ("1", "true", "yes")
EINBLICK_RATELIMITS = {
    "api": ENV.get("RATELIMIT_API", "120/m"),  # /api/v1/…
    "suggest": ENV.get("RATELIMIT_SUGGEST", "300/m"),  # autocomplete: one call per keystroke
    "queries": ENV.get("RATELIMIT_QUERIES", "120/m"),  # search and filter forms (GET)
    "forms": ENV.get("RATELIMIT_FORMS", "20/m"),  # public POST forms
}
# The dev server and the tests run in one process, where a local-memory cache is exact;
# production uses memcached (supported by django-ratelimit) and silences nothing.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

EMAIL_BACKEND = ENV.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# SMTP (EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend) from the environment.
EMAIL_HOST = ENV.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(ENV.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = ENV.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = ENV.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = ENV.get("EMAIL_USE_TLS", "0") == "1"
EMAIL_USE_SSL = ENV.get("EMAIL_USE_SSL", "0") == "1"
EMAIL_TIMEOUT = 20

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": ENV.get("LOG_LEVEL", "WARNING")},
    "loggers": {"einblick": {"level": ENV.get("LOG_LEVEL", "INFO")}},
}
from .features import *  # noqa: E402, F403
