"""Select the region schema from the request host."""

from django_tenants.middleware.main import TenantMainMiddleware


class RegionMiddleware(TenantMainMiddleware):
    """django-tenants' host → schema switch; unknown hosts get tenants.views.unknown_host.

    Process-wide caches that are not schema-aware are handled elsewhere: the cache
    KEY_FUNCTION (settings) and the per-schema ContentType cache (tenants.contenttypes).
    """
