"""robots.txt and sitemap.xml for region hosts and the portal host."""

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import views as sitemap_views

from .sitemaps import REGION_SITEMAPS

# Admin, API and embed frames are no content of their own for a search engine.
DISALLOWED = ("/cms/", "/api/", "/einbetten/")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def region_sitemap(request):
    return sitemap_views.sitemap(request, REGION_SITEMAPS)


class PortalSitemap(Sitemap):
    """The portal host has no page tree: its start page and the cross-region search."""

    def items(self):
        return ["portal_home", "search"]

    def location(self, name) -> str:
        return reverse(name)


@require_GET
def portal_sitemap(request):
    return sitemap_views.sitemap(request, {"portal": PortalSitemap()})
