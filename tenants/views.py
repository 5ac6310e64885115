"""Views that work on any host: the friendly unknown-host page and per-region media."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.views.static import serve

from .language import request_language
from .models import Region
from .utils import region_url

# Longest stored file name Wagtail writes (FileField max_length); longer names are never ours.
MAX_MEDIA_NAME = 255


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


def inactive_region(request, region):
    """Every path of a deactivated region: a kind pointer to the cross-region portal (410)."""
    portal = Region.objects.filter(schema_name="public").first()
    portal_host = portal.primary_host() if portal else ""
    language = request_language(request)  # answered before the URL's language is active
    portal_url = "/" if language == settings.LANGUAGE_CODE else f"/{language}/"
    with translation.override(language):
        response = render(
            request,
            "tenants/inactive_region.html",
            {
                "region_name": region.name,
                "portal_url": region_url(portal_host, portal_url) if portal_host else "",
            },
            status=410,
        )
    response["Content-Language"] = language
    return response


def _media_owner(name: str):
    """The image, rendition or document row that owns a stored file name, or None.

    Only files with a database row are served: images and their renditions directly,
    documents never (their URL is Wagtail's serve view, which honours collection privacy).
    """
    for label in ("wagtailimages.Image", "wagtailimages.Rendition", "wagtaildocs.Document"):
        owner = apps.get_model(label).objects.filter(file=name).first()
        if owner is not None:
            return owner
    return None


def region_media(request, schema, path):
    """Serve uploaded images of the current region only (/media/<schema>/<path>).

    Documents are redirected to Wagtail's document view; unknown files are 404.
    """
    if schema != connection.schema_name or len(path) > MAX_MEDIA_NAME or "\x00" in path:
        raise Http404("Datei nicht gefunden.")
    owner = _media_owner(path)
    if owner is None:
        raise Http404("Datei nicht gefunden.")
    if owner._meta.label == "wagtaildocs.Document":
        return HttpResponseRedirect(owner.url)  # temporary: privacy may change later
    root = Path(settings.MEDIA_ROOT) / schema
    try:
        return serve(request, path, document_root=str(root))
    except (OSError, ValueError) as exc:  # e.g. a name too long for the file system
        raise Http404("Datei nicht gefunden.") from exc
