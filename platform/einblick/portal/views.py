"""The cross-region portal on the public host (schema "public").

It never loops over region schemas per request for content: offer counts and the latest
offers come from the search query API (`search.query`), whose index already holds every
region's published content. Region brands (name, logo) are read in one round trip from the
shared cache, where each stays until its region's content version moves on
(themes.branding.brands_for_regions).
"""

from django.shortcuts import render

from search.query import document_counts, latest
from tenants.models import Region
from tenants.utils import region_url
from themes.branding import brands_for_regions

LATEST_OFFERS = 6


def _primary_host(region) -> str:
    """From the prefetched domains: no query per region."""
    return next((d.domain for d in region.domains.all() if d.is_primary), "")


def home(request):
    regions = [
        r
        for r in Region.objects.filter(is_active=True)
        .exclude(schema_name="public")
        .prefetch_related("domains")
        if _primary_host(r)
    ]
    hosts = {r.slug: _primary_host(r) for r in regions}
    brands = brands_for_regions(regions)
    # Expiry is evaluated at query time by the search backends: an offer that expired a
    # minute ago is gone even before the outbox worker removes its document.
    counts = document_counts(list(hosts))
    cards = []
    for region in regions:
        if not counts.get((region.slug, "offer"), 0):
            continue  # a region without published offers has nothing to show a pupil yet
        brand = brands[region.slug]
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


def legal_page(request, kind: str):
    """Impressum, Datenschutz or Barrierefreiheit of the cross-region portal: the platform's
    text (PortalLegalTexts) under the operator's contact from the portal's brand settings."""
    from einblick.core.retention import purgers

    from .legal import LEGAL_PAGES
    from .models import PortalLegalTexts

    texts = PortalLegalTexts.load(request_or_site=request)
    context = {
        "title": LEGAL_PAGES[kind][1],
        "kind": kind,
        "text": getattr(texts, kind),
        "portal_purgers": purgers("portal") if kind == "privacy" else None,
        "purgers": purgers() if kind == "privacy" else None,
    }
    return render(request, "portal/legal_page.html", context)
