"""`sitemap.xml` of a region host: its live public Wagtail pages and its public snippets.

Offers, employers and events are snippets whose URLs come from their index pages' routes
(`get_url()`); only `Model.objects.public()` is listed, so drafts, expired entries and other
regions' content (other schemas) never appear.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import Sitemap as WagtailPageSitemap

from einblick.core.snippets import index_page_url
from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer

from .models import Partner


class PageSitemap(WagtailPageSitemap):
    """Wagtail's page sitemap, with every URL on the requested host like the snippets'.

    Wagtail builds page URLs from the Site record (with its port); the sitemap must name
    the host the crawler asked, as robots.txt does.
    """

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            parts = urlsplit(url["location"])
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            url["location"] = self.request.build_absolute_uri(path)
        return urls


class SnippetSitemap(Sitemap):
    """Public rows of a `PublicSnippet` model, at their routed URLs."""

    model = None

    def items(self):
        if index_page_url(self.model.index_page_model) is None:
            return self.model.objects.none()  # no index page, no public URL
        return self.model.objects.public().order_by("pk")

    def location(self, obj) -> str:
        return obj.get_url()

    def lastmod(self, obj):
        return obj.updated_at


class OfferSitemap(SnippetSitemap):
    model = Offer


class EmployerSitemap(SnippetSitemap):
    model = Employer


class EventSitemap(SnippetSitemap):
    model = Event


class PartnerSitemap(Sitemap):
    """The region's partner pages (reach.partners)."""

    def items(self):
        return Partner.objects.order_by("pk")

    def location(self, obj) -> str:
        return obj.get_url()

    def lastmod(self, obj):
        return obj.updated_at


REGION_SITEMAPS = {
    "seiten": PageSitemap,
    "angebote": OfferSitemap(),
    "arbeitgeber": EmployerSitemap(),
    "veranstaltungen": EventSitemap(),
    "partner": PartnerSitemap(),
}
