"""The public portal in German and English (issue 20, docs/i18n.md).

German pages keep their URLs; English pages live under /en/ (`i18n_patterns` with
`prefix_default_language=False` in both URL confs). The language comes from the URL only:
no cookie, no session, no Accept-Language (tenants.language.UrlLanguageMiddleware).
Editors create the English version of a page with Wagtail's own translation workflow
(`wagtail.contrib.simple_translation`). The lists are extended in place.
"""

from .base import (
    BASE_DIR,
    INSTALLED_APPS,
    MIDDLEWARE,
    SHARED_APPS,
    TEMPLATES,
    TENANT_APPS,
)
from .pagecache import PAGE_CACHE_HIT_MIDDLEWARE

# Compiled catalogs are committed (locale/en/LC_MESSAGES/django.mo, tests/core/test_catalog.py).
LOCALE_PATHS = [BASE_DIR / "locale"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = [("de", "Deutsch"), ("en", "English")]

_I18N_APPS = ["wagtail.locales", "wagtail.contrib.simple_translation"]
for _apps in (SHARED_APPS, TENANT_APPS, INSTALLED_APPS):
    for _app in _I18N_APPS:
        if _app not in _apps:
            _apps.insert(_apps.index("wagtail.admin"), _app)

# Before the URL is resolved: the /en/ prefix only matches while English is active.
_language = "tenants.language.UrlLanguageMiddleware"
for _stack in (MIDDLEWARE, PAGE_CACHE_HIT_MIDDLEWARE):
    if _language not in _stack:
        _stack.insert(_stack.index("django.middleware.security.SecurityMiddleware"), _language)

_i18n_context = "django.template.context_processors.i18n"
if _i18n_context not in TEMPLATES[0]["OPTIONS"]["context_processors"]:
    TEMPLATES[0]["OPTIONS"]["context_processors"].append(_i18n_context)
