from django import template
from django.conf import settings
from django.db import connection
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from tenants.language import url_in_language
from tenants.versions import cached_per_scope, own_scope

from ..active import get_active_theme
from ..page_language import locale_codes, one_per_translation

register = template.Library()


@register.simple_tag
def active_theme():
    """The request's ActiveTheme, read from the context variable (no database access)."""
    return get_active_theme()


@register.filter
def nav_state(url, path):
    """'page' for the current page, 'section' for its ancestors in the navigation, else ''."""
    if not url or not path:
        return ""
    if url == path:
        return "page"
    if url != "/" and path.startswith(url):
        return "section"
    return ""


@register.filter
def get_item(mapping, key):
    return mapping.get(key, key)


@register.simple_tag
def region_brand(region):
    """`{% region_brand region as rb %}`: another region's name, logo and colours (or None)."""
    from tenants.models import Region

    from ..branding import brand_for_region

    if not region:
        return None
    try:
        return brand_for_region(region)
    except Region.DoesNotExist:
        return None


@register.simple_tag(takes_context=True)
def language_links(context):
    """The request's page in each public language: [{code, name, url, current}], German first.

    A Wagtail page links to its live translation; anything else (list filters, details of
    routed pages, search, a page without translation) to the same route in the other
    language (tenants.language), which serves the German page with that language's UI.
    """
    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    path = request.get_full_path()
    page = context.get("page")
    links = []
    for code, name in settings.LANGUAGES:
        url = path if code == current else url_in_language(path, code)
        if code != current and _is_page_itself(page, request):
            url = _translation_url(page, code, request) or url
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


def _is_page_itself(page, request) -> bool:
    """True when the request shows `page` itself, not one of its routed sub-pages."""
    return isinstance(page, Page) and page.get_url(request) == request.path


def _translation_url(page, code: str, request) -> str:
    """URL of the live translation of `page` into `code`, or "". The region's translations
    are one cached map (no query on a page without one)."""
    scope = own_scope(connection.schema_name)
    live = cached_per_scope(scope, "page-translations", _live_translations)
    page_id = live.get((str(page.translation_key), code))
    if page_id is None or page_id == page.pk:
        return ""
    translated = Page.objects.filter(pk=page_id).first()
    return (translated.get_url(request) or "") if translated else ""


def _live_translations() -> dict:
    """{(translation_key, language_code): page id} of every live page that has a translation."""
    rows = Page.objects.live().values_list("translation_key", "locale__language_code", "pk")
    by_key: dict = {}
    for key, code, pk in rows:
        by_key.setdefault(str(key), {})[code] = pk
    return {
        (key, code): pk
        for key, codes in by_key.items()
        if len(codes) > 1
        for code, pk in codes.items()
    }


@register.filter
def shown_in_other_language(page) -> bool:
    """True when `page` (German, say) is shown under another language's URL (/en/…):
    the German page with English UI, until an editor translates it. No query: the region's
    locales are one cached map."""
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        return False
    return locale_codes().get(locale_id, translation.get_language()) != translation.get_language()


@register.filter
def in_page_language(pages) -> list:
    """Each translation group of `pages` once: in the page's language, else in German
    (`themes.page_language.one_per_translation`; link to `page.shown_url`)."""
    return one_per_translation(pages)


@register.filter
def content_lang(obj=None, part=None) -> str:
    """` lang="de"` on editors' German text shown on a page of another language, else "".

    WCAG 3.1.2 (language of parts): on /en/ pages, German page bodies, titles, employer
    and event texts are marked as German. A Wagtail page's text is in its locale's language;
    an object that knows the language of its parts (`content_language(part)`, the shared
    taxonomies: English names where filled) says so; any other object's text is German.
    `part` names the shown part ("name" when not given, "short_name", "description", …).
    tests/international/test_english_ui.py leaves marked parts out of its scan for German UI.
    """
    active = translation.get_language() or settings.LANGUAGE_CODE
    if getattr(obj, "locale_id", None) is not None:
        return (
            mark_safe(f' lang="{settings.LANGUAGE_CODE}"') if shown_in_other_language(obj) else ""
        )
    if active == settings.LANGUAGE_CODE:
        return ""
    language = getattr(obj, "content_language", None)
    if callable(language) and language(part or "name") == active.split("-")[0]:
        return ""
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')


@register.filter
def localised(obj, part="name") -> str:
    """`obj`'s `part` in the page's language where `obj` knows it (`localised(part)`, the
    shared taxonomies: `{{ field|localised:"description" }}`), else the attribute itself."""
    method = getattr(obj, "localised", None)
    return method(part) if callable(method) else getattr(obj, part, "")


@register.simple_tag
def home_url() -> str:
    """The home page in the active language: "/" or "/en/" (region host and portal alike)."""
    return url_in_language("/", translation.get_language() or settings.LANGUAGE_CODE)


@register.simple_tag
def names_attr() -> str:
    """` translate="no"` on names (companies, places, people, search words) on pages in another
    language than German, else "" (the German pages keep their markup)."""
    if (translation.get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return ""
    return mark_safe(' translate="no"')


@register.filter
def as_name(value):
    """A name inside a sentence: `<span translate="no">` around it on pages in another
    language than German, the plain (escaped) value on German pages."""
    if (translation.get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return conditional_escape(value)
    return format_html('<span translate="no">{}</span>', value)


@register.filter
def as_content(value, obj=None):
    """Editors' text inside a UI sentence: `<span lang="de">` around it where `content_lang`
    marks `obj`'s text as German on a page of another language, else the escaped value.
    For a taxonomy entry, `{{ entry.label|as_content:entry }}`."""
    if not content_lang(obj):
        return conditional_escape(value)
    return format_html('<span lang="{}">{}</span>', settings.LANGUAGE_CODE, value)
