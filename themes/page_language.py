"""Which language a Wagtail page is in, and which version of a page to show (issue 20).

Pages of one translation group share Wagtail's `translation_key`. A list of pages (stories,
news) shows each group once: its version in the page's language, else the German one, which
an English page keeps at its /en/ address (English UI) and marks as German. No query per
page: the region's locales are one cached map.
"""

from django.conf import settings
from django.db import connection
from django.utils import translation
from wagtail.models import Locale

from tenants.language import url_in_language
from tenants.versions import cached_per_scope, own_scope


def locale_codes() -> dict[int, str]:
    """Locale id → language code of the current region (cached per region)."""
    return cached_per_scope(
        own_scope(connection.schema_name),
        "locales",
        lambda: dict(Locale.objects.values_list("pk", "language_code")),
    )


def active_language() -> str:
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def one_per_translation(pages) -> list:
    """One page of each translation group, in the order of `pages`: its version in the active
    language, else the German (default language) one, else the first. Each chosen page gets
    `shown_url`: its address in the active language (a German page under /en/…)."""
    language, codes = active_language(), locale_codes()

    def rank(page) -> int:
        code = codes.get(page.locale_id)
        return 0 if code == language else 1 if code == settings.LANGUAGE_CODE else 2

    groups: dict = {}
    for page in pages:
        groups.setdefault(page.translation_key, []).append(page)
    chosen = [min(group, key=rank) for group in groups.values()]
    for page in chosen:
        page.shown_url = url_in_language(page.get_url() or "", language)
    return chosen
