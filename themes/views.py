"""Region logos on every host.

Uploaded media are served only on their region's own host (tenants.views.region_media). A
region's logo is public brand information the cross-region portal shows next to the region's
offers; serving it here keeps every portal page on one host (no cross-host requests).
"""

from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from django_tenants.utils import schema_context

from tenants.models import Region

from .branding import LOGO_SPEC

CONTENT_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                 "webp": "image/webp", "avif": "image/avif", "svg": "image/svg+xml"}  # fmt: skip


@require_GET
def region_logo(request, slug):
    """The logo rendition of region `slug` (as set in its brand settings)."""
    from .models import BrandSettings

    region = Region.objects.filter(slug=slug, is_active=True).exclude(schema_name="public").first()
    if region is None:
        raise Http404("Unbekannte Region.")
    with schema_context(region.schema_name):
        settings = BrandSettings.objects.select_related("logo").first()
        if settings is None or settings.logo is None:
            raise Http404("Diese Region hat kein Logo.")
        rendition = settings.logo.get_rendition(LOGO_SPEC)
        with rendition.file.open("rb") as handle:
            data = handle.read()
        extension = rendition.file.name.rsplit(".", 1)[-1].lower()
    response = HttpResponse(
        data, content_type=CONTENT_TYPES.get(extension, "application/octet-stream")
    )
    # URLs carry ?v=<rendition id>: a new logo gets a new URL, so caching long is safe.
    patch_cache_control(response, public=True, max_age=86400)
    response["X-Content-Type-Options"] = "nosniff"
    return response
