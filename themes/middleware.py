"""Pick the theme of the request's portal (after the region middleware switched schema)."""

import logging

from django.db import DatabaseError

from .active import ActiveTheme, _active
from .registry import get_theme

logger = logging.getLogger("einblick.themes")


def resolve_theme(request) -> ActiveTheme:
    """The theme and colour overrides from the current schema's brand settings.

    The settings row is kept in the shared page cache until the region's content version
    moves on (tenants.versions) and put where BrandSettings.load(request) looks first, so
    templates see the same object without a query.
    """
    from django.db import connection

    from tenants.versions import cached_per_scope, own_scope

    from .models import BrandSettings

    try:
        region = getattr(request, "tenant", None)
        fallback = "Einblick Thüringen"
        if region is not None and region.schema_name != "public":
            fallback = f"Einblick {region.name}"
        attr = BrandSettings.get_cache_attr_name()
        if not hasattr(request, attr):
            scope = own_scope(connection.schema_name)
            settings = cached_per_scope(scope, "brand-settings", BrandSettings._get_or_create)
            setattr(request, attr, settings)
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
