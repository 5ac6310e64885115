"""Views that work on any host: the friendly unknown-host page and per-region media."""

from pathlib import Path

from django.conf import settings
from django.db import connection
from django.http import Http404
from django.shortcuts import render
from django.views.static import serve

from .models import Region
from .utils import region_url


def unknown_host(request):
    """A host that belongs to no region: say so kindly and list the regions (404)."""
    connection.set_schema_to_public()
    regions = []
    for region in Region.objects.filter(is_active=True).exclude(schema_name="public"):
        host = region.primary_host()
        if host:
            regions.append({"name": region.name, "url": region_url(host)})
    try:
        host = request.get_host()
    except Exception:
        host = request.META.get("HTTP_HOST", "")
    return render(
        request,
        "tenants/unknown_host.html",
        {"regions": regions, "host": host},
        status=404,
    )


def region_media(request, schema, path):
    """Serve uploaded files of the current region only (/media/<schema>/<path>)."""
    if schema != connection.schema_name:
        raise Http404("Datei nicht gefunden.")
    root = Path(settings.MEDIA_ROOT) / schema
    return serve(request, path, document_root=str(root))
