"""A portal's brand as templates and other apps need it.

- `RequestBrand`: lazy view of the current portal's BrandSettings for templates (`brand`).
- `brand_for_region(region)`: a plain snapshot of any region's brand, read inside that
  region's schema; the cross-region portal uses it to show each offer's region name and logo.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from tenants.language import url_in_language

# (settings field prefix, label, slug of a page under the site root used when nothing is set)
LEGAL_LINKS = [
    ("imprint", gettext_noop("Impressum"), "impressum"),
    ("privacy", gettext_noop("Datenschutz"), "datenschutz"),
    ("accessibility", gettext_noop("Barrierefreiheit"), "barrierefreiheit"),
]
LOGO_SPEC = "height-120"
FAVICON_SPEC = "fill-192x192"
HERO_SPEC = "fill-1600x640-c60"
SOCIAL_SPEC = "fill-1200x630-c50"


def _rendition_url(image, spec: str) -> str:
    if image is None:
        return ""
    try:
        return image.get_rendition(spec).url
    except Exception:  # noqa: BLE001 - a missing/broken file must not take the page down
        return ""


def _page_url(page, request=None) -> str:
    """The page's URL in the active language: its live translation, else the same route
    under the language's prefix (the German page with the language's UI)."""
    if page is None or not page.live:
        return ""
    return _localized(page, request)[1]


def _localized(page, request=None) -> tuple[str, str, str]:
    """(title, url, language of the title) of `page` in the active language."""
    language = translation.get_language()
    if page.locale.language_code != language:
        translated = page.get_translation_or_none(_locale(language))
        if translated is not None and translated.live:
            return translated.title, translated.get_url(request) or "", language
        url = url_in_language(page.get_url(request) or "", language)
        return page.title, url, page.locale.language_code
    return page.title, page.get_url(request) or "", language


def _locale(language: str):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language).first()


def _portal_legal_urls() -> dict[str, str]:
    """The cross-region portal's own legal pages (routes of einblick.portal, by name)."""
    from django.urls import NoReverseMatch, reverse

    try:
        return {key: reverse(f"portal_{key}") for key, _label, _slug in LEGAL_LINKS}
    except NoReverseMatch:  # URL conf without the portal (region hosts)
        return {}


def _legal_links(settings, request=None, root_page=None) -> list[dict]:
    """Impressum, Datenschutz, Barrierefreiheit: the chosen page, else the external address,
    else a live page with the usual slug directly under the site root (on the cross-region
    portal: its own legal pages)."""
    fallback = {}
    if root_page is None and connection.schema_name == "public":
        portal = _portal_legal_urls()
        links = []
        for key, label, _slug in LEGAL_LINKS:
            url = getattr(settings, f"{key}_url") or portal.get(key, "")
            if url:
                links.append({"key": key, "label": gettext(label), "url": url})
        return links
    if root_page is not None:
        slugs = [slug for _key, _label, slug in LEGAL_LINKS]
        fallback = {p.slug: p for p in root_page.get_children().live().filter(slug__in=slugs)}
    links = []
    for key, label, slug in LEGAL_LINKS:
        url = (
            _page_url(getattr(settings, f"{key}_page"), request)
            or getattr(settings, f"{key}_url")
            or _page_url(fallback.get(slug), request)
        )
        if url:
            links.append({"key": key, "label": gettext(label), "url": url})
    return links


class RequestBrand:
    """Template view of the request's brand settings.

    Everything a page shows of the brand (names, rendition URLs, legal links, the main menu)
    is one snapshot per region, kept in the shared page cache until the region's content
    version moves on (tenants.versions): no query for it on an ordinary page view.
    """

    def __init__(self, request):
        self.request = request

    @cached_property
    def settings(self):
        from .models import BrandSettings

        return BrandSettings.load(request_or_site=self.request)

    @cached_property
    def region(self):
        return getattr(self.request, "tenant", None)

    @cached_property
    def snapshot(self) -> dict:
        from tenants.versions import cached_per_scope, own_scope

        key = f"brand:{translation.get_language()}"  # menu titles, URLs and labels
        return cached_per_scope(own_scope(connection.schema_name), key, self._build)

    def _build(self) -> dict:
        settings = self.settings
        if self.region is None or self.region.schema_name == "public":
            fallback = "Einblick Thüringen"
        else:
            fallback = f"Einblick {self.region.name}"
        site = self.site
        s = settings
        return {
            "portal_name": s.portal_name or fallback,
            "claim": s.claim,
            "footer_text": s.footer_text,
            "logo_url": _rendition_url(s.logo, LOGO_SPEC),
            "favicon_url": _rendition_url(s.favicon, FAVICON_SPEC),
            "hero_url": _rendition_url(s.hero_image, HERO_SPEC),
            "social_path": _rendition_url(s.social_image, SOCIAL_SPEC),
            "legal_links": _legal_links(s, self.request, site.root_page if site else None),
            "agency": {
                "name": s.agency_name,
                "address": s.agency_address,
                "phone": s.agency_phone,
                "email": s.agency_email,
                "url": s.agency_url,
            },
            "nav_items": _nav_items(site),
        }

    @property
    def portal_name(self) -> str:
        return self.snapshot["portal_name"]

    @property
    def claim(self) -> str:
        return self.snapshot["claim"]

    @property
    def logo(self):
        return self.settings.logo

    @property
    def logo_url(self) -> str:
        return self.snapshot["logo_url"]

    @property
    def favicon_url(self) -> str:
        return self.snapshot["favicon_url"]

    @property
    def hero_url(self) -> str:
        return self.snapshot["hero_url"]

    @cached_property
    def social_image_url(self) -> str:
        url = self.snapshot["social_path"]
        return self.request.build_absolute_uri(url) if url else ""

    @cached_property
    def site(self):
        from wagtail.models import Site

        if connection.schema_name == "public":
            return None
        return Site.find_for_request(self.request)

    @property
    def legal_links(self) -> list[dict]:
        return self.snapshot["legal_links"]

    @property
    def footer_text(self) -> str:
        return self.snapshot["footer_text"]

    @property
    def agency(self) -> dict:
        return self.snapshot["agency"]

    @property
    def nav_items(self) -> list[dict]:
        """Live pages of the site root marked „In Menüs anzeigen“ (title and URL)."""
        return self.snapshot["nav_items"]


def _nav_items(site) -> list[dict]:
    if site is None:
        return []
    pages = site.root_page.get_children().live().in_menu().specific()
    items = []
    for page in pages:
        title, url, lang = _localized(page)
        items.append({"title": title, "url": url, "lang": lang})
    return items


@dataclass(frozen=True)
class RegionBrand:
    """Snapshot of a region's brand, safe to use outside that region's schema."""

    slug: str
    region_name: str
    portal_name: str
    theme: str
    colours: dict = field(hash=False)
    logo_url: str = ""
    claim: str = ""


def _portable_logo_url(slug: str, image) -> str:
    """/marken/<slug>/logo/?v=<rendition>: served on every host (themes.views.region_logo),
    unlike /media/<schema>/…, which only the region's own host serves."""
    from django.urls import NoReverseMatch, reverse

    if image is None:
        return ""
    try:
        rendition = image.get_rendition(LOGO_SPEC)
        return f"{reverse('themes_region_logo', args=[slug])}?v={rendition.pk}"
    except NoReverseMatch:  # URL conf without themes.urls
        return _rendition_url(image, LOGO_SPEC)
    except Exception:  # noqa: BLE001 - a broken file must not take the portal down
        return ""


def brand_for_region(region) -> RegionBrand:
    """Name, logo URL and colours of `region` (a Region or its slug), read from its own schema.

    The logo URL is host-relative (/marken/<slug>/logo/?v=…) and served by every host.
    """
    from django_tenants.utils import schema_context

    from tenants.models import Region

    from .models import BrandSettings

    if isinstance(region, str):
        region = Region.objects.get(slug=region)

    with schema_context(region.schema_name):
        settings = BrandSettings.objects.select_related("logo").first() or BrandSettings()
        active = settings.active_theme()
        return RegionBrand(
            slug=region.slug,
            region_name=region.name,
            portal_name=settings.portal_name or f"Einblick {region.name}",
            theme=active.name,
            colours=dict(active.tokens["colors"]),
            logo_url=_portable_logo_url(region.slug, settings.logo),
            claim=settings.claim,
        )


def brands_for_regions(regions) -> dict[str, RegionBrand]:
    """`brand_for_region` of many regions: one cache round trip, and a region's schema is
    read only when its content version moved on since its brand was stored."""
    from tenants.versions import current, page_cache

    regions = list(regions)
    keys = {region.slug: f"region-brand:{region.schema_name}" for region in regions}
    tokens, found = current(*(r.schema_name for r in regions), extra=tuple(keys.values()))
    brands, fresh = {}, {}
    for region in regions:
        record = found.get(keys[region.slug])
        if record is not None and record[0] == tokens[region.schema_name]:
            brands[region.slug] = record[1]
        else:
            brand = brand_for_region(region)
            brands[region.slug] = brand
            fresh[keys[region.slug]] = (tokens[region.schema_name], brand)
    if fresh:
        page_cache().set_many(fresh, None)
    return brands
