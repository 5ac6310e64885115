"""Pick the theme of the request's portal (after the region middleware switched schema)."""

import logging

from django.db import DatabaseError

from .active import ActiveTheme, _active
from .registry import get_theme

logger = logging.getLogger("einblick.themes")


def resolve_theme(request) -> ActiveTheme:
    """The theme and colour overrides from the current schema's brand settings.

    Uses BrandSettings.load(request), which caches on the request, so templates and the
    admin preview (which injects unsaved settings there) see the same object.
    """
    from .models import BrandSettings

    try:
        region = getattr(request, "tenant", None)
        fallback = "Einblick Thüringen"
        if region is not None and region.schema_name != "public":
            fallback = f"Einblick {region.name}"
        return BrandSettings.load(request_or_site=request).active_theme(fallback)
    except DatabaseError:
        # The error pages must still render in the portal's look (without its colours).
        logger.exception("Brand settings unavailable; using the default theme")
        return ActiveTheme(get_theme(None))


class ThemeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        active = resolve_theme(request)
        request.theme = active
        token = _active.set(active)
        try:
            return self.get_response(request)
        finally:
            _active.reset(token)
