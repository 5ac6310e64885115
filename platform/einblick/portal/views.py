"""The cross-region portal on the public host (schema "public").

It never loops over region schemas per request for content: offer counts and the latest
offers come from the search document table, which already holds every region's published
content. Region brands (name, logo) are read per region and cached briefly.
"""

from django.core.cache import cache
from django.db.models import Count, Q
from django.shortcuts import render
from django.utils import timezone

from search.models import IndexedDocument
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
    # Expiry is evaluated at query time, as the search backends do: an offer that expired
    # a minute ago is gone even before the outbox worker removes its document.
    current = IndexedDocument.objects.filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now())
    )
    counts = {
        (row["region"], row["kind"]): row["n"]
        for row in current.values("region", "kind").annotate(n=Count("id"))
    }
    hosts = {r.slug: r.primary_host() for r in regions}
    cards = []
    for region in regions:
        brand = _brand(region)
        host = hosts[region.slug]
        cards.append(
            {
                "name": region.name,
                "portal_name": brand.portal_name,
                "claim": brand.claim,
                "url": region_url(host),
                # /marken/<slug>/logo/ is served on this host too: no cross-host request.
                "logo_url": brand.logo_url,
                "offers": counts.get((region.slug, "offer"), 0),
                "employers": counts.get((region.slug, "employer"), 0),
            }
        )
    latest = []
    for doc in current.filter(kind="offer", region__in=hosts).order_by("-published_at", "-id")[
        :LATEST_OFFERS
    ]:
        latest.append(
            {
                "title": doc.title,
                "employer": doc.subtitle,
                "region_name": doc.region_name,
                "url": region_url(hosts[doc.region], doc.url),
            }
        )
    return render(request, "portal/home.html", {"regions": cards, "latest": latest})
