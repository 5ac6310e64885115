"""Comparison of the regions' occupational outlook on the portal (/berufe-mit-zukunft/).

Each region's newest outlook rows are read from its schema once and kept in the cache
(einblick.outlook.models.comparison_cache_key) until the next import or ten minutes pass.
"""

from django.core.cache import cache
from django.shortcuts import render
from django_tenants.utils import schema_context
from wagtail.models import Site

from einblick.outlook.models import OutlookFigure, comparison_cache_key
from einblick.pages.models import OutlookPage
from tenants.models import Region
from tenants.utils import region_url

CACHE_SECONDS = 600


def _page_path(page) -> str:
    """Root-relative path of `page` on its region host, read from the tree (the URL cache
    of the request's own schema does not hold other regions' sites)."""
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if page is None or site is None or not page.url_path.startswith(site.root_page.url_path):
        return ""
    return "/" + page.url_path[len(site.root_page.url_path) :]


def _region_outlook(region) -> dict:
    key = comparison_cache_key(region.schema_name)
    cached = cache.get(key)
    if cached is not None:
        return cached
    with schema_context(region.schema_name):
        figures = list(OutlookFigure.objects.latest())
        path = _page_path(OutlookPage.objects.live().public().first())
    data = {
        "path": path,
        "is_demo": any(f.is_demo for f in figures),
        "year": figures[0].year if figures else None,
        "target_year": figures[0].target_year if figures else None,
        "groups": {
            f.kldb: {"name": f.occupation_group, "gap": f.gap, "share": round(f.gap_share),
                     "outlook": f.outlook}
            for f in figures
        },
    }  # fmt: skip
    cache.set(key, data, CACHE_SECONDS)
    return data


def outlook_comparison(request):
    regions = [
        r
        for r in Region.objects.filter(is_active=True)
        .exclude(schema_name="public")
        .prefetch_related("domains")
        .order_by("name")
        if any(d.is_primary for d in r.domains.all())
    ]
    columns = []
    for region in regions:
        data = _region_outlook(region)
        if not data["groups"]:
            continue
        host = next(d.domain for d in region.domains.all() if d.is_primary)
        url = region_url(host, data["path"]) if data["path"] else ""
        columns.append({"region": region, "url": url, **data})
    names = {}
    for column in columns:
        for kldb, group in column["groups"].items():
            names.setdefault(kldb, group["name"])
    rows = [
        (kldb, names[kldb], [column["groups"].get(kldb) for column in columns])
        for kldb in sorted(names)
    ]
    context = {"columns": columns, "rows": rows, "is_demo": any(c["is_demo"] for c in columns)}
    return render(request, "portal/outlook_comparison.html", context)
