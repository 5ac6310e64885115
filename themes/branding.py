"""A portal's brand as templates and other apps need it.

- `RequestBrand`: lazy view of the current portal's BrandSettings for templates (`brand`).
- `brand_for_region(region)`: a plain snapshot of any region's brand, read inside that
  region's schema; the cross-region portal uses it to show each offer's region name and logo.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection

# (settings field prefix, label, slug of a page under the site root used when nothing is set)
LEGAL_LINKS = [
    ("imprint", "Impressum", "impressum"),
    ("privacy", "Datenschutz", "datenschutz"),
    ("accessibility", "Barrierefreiheit", "barrierefreiheit"),
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
    if page is None or not page.live:
        return ""
    return page.get_url(request) or ""


def _legal_links(settings, request=None, root_page=None) -> list[dict]:
    """Impressum, Datenschutz, Barrierefreiheit: the chosen page, else the external address,
    else a live page with the usual slug directly under the site root."""
    fallback = {}
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
            links.append({"key": key, "label": label, "url": url})
    return links


class RequestBrand:
    """Template view of the request's brand settings; every part is computed on first use."""

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
    def portal_name(self) -> str:
        if self.settings.portal_name:
            return self.settings.portal_name
        if self.region is None or self.region.schema_name == "public":
            return "Einblick Thüringen"
        return f"Einblick {self.region.name}"

    @cached_property
    def claim(self) -> str:
        return self.settings.claim

    @cached_property
    def logo(self):
        return self.settings.logo

    @cached_property
    def logo_url(self) -> str:
        return _rendition_url(self.settings.logo, LOGO_SPEC)

    @cached_property
    def favicon_url(self) -> str:
        return _rendition_url(self.settings.favicon, FAVICON_SPEC)

    @cached_property
    def hero_url(self) -> str:
        return _rendition_url(self.settings.hero_image, HERO_SPEC)

    @cached_property
    def social_image_url(self) -> str:
        url = _rendition_url(self.settings.social_image, SOCIAL_SPEC)
        return self.request.build_absolute_uri(url) if url else ""

    @cached_property
    def site(self):
        from wagtail.models import Site

        if connection.schema_name == "public":
            return None
        return Site.find_for_request(self.request)

    @cached_property
    def legal_links(self) -> list[dict]:
        root = self.site.root_page if self.site else None
        return _legal_links(self.settings, self.request, root)

    @cached_property
    def footer_text(self) -> str:
        return self.settings.footer_text

    @cached_property
    def agency(self) -> dict:
        s = self.settings
        return {
            "name": s.agency_name,
            "address": s.agency_address,
            "phone": s.agency_phone,
            "email": s.agency_email,
            "url": s.agency_url,
        }

    @cached_property
    def nav_items(self) -> list:
        """Live pages of the site root marked „In Menüs anzeigen“."""
        if self.site is None:
            return []
        return list(self.site.root_page.get_children().live().in_menu().specific())


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
