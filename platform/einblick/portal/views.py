"""The cross-region portal on the public host (schema "public").

It never loops over region schemas per request for content: offer counts and the latest
offers come from the search query API (`search.query`), whose index already holds every
region's published content. Region brands (name, logo) are read per region and cached briefly.
"""

from django.core.cache import cache
from django.shortcuts import render

from search.query import document_counts, latest
from tenants.models import Region
from tenants.utils import region_url
from themes.branding import brand_for_region

BRAND_CACHE_SECONDS = 300
LATEST_OFFERS = 6


def _brand(region):
    key = f"portal-brand:{region.slug}"
    brand = cache.get(key)
    if brand is None:
        brand = brand_for_region(region)
        cache.set(key, brand, BRAND_CACHE_SECONDS)
    return brand


def home(request):
    regions = [
        r
        for r in Region.objects.filter(is_active=True)
        .exclude(schema_name="public")
        .prefetch_related("domains")
        if r.primary_host()
    ]
    hosts = {r.slug: r.primary_host() for r in regions}
    # Expiry is evaluated at query time by the search backends: an offer that expired a
    # minute ago is gone even before the outbox worker removes its document.
    counts = document_counts(list(hosts))
    cards = []
    for region in regions:
        brand = _brand(region)
        cards.append(
            {
                "name": region.name,
                "portal_name": brand.portal_name,
                "claim": brand.claim,
                "url": region_url(hosts[region.slug]),
                # /marken/<slug>/logo/ is served on this host too: no cross-host request.
                "logo_url": brand.logo_url,
                "offers": counts.get((region.slug, "offer"), 0),
                "employers": counts.get((region.slug, "employer"), 0),
            }
        )
    latest_offers = [
        {
            "title": hit.title,
            "employer": hit.employer,
            "region_name": hit.region_name,
            "url": region_url(hosts[hit.region], hit.path),
        }
        for hit in latest("offer", list(hosts), LATEST_OFFERS)
    ]
    return render(request, "portal/home.html", {"regions": cards, "latest": latest_offers})
