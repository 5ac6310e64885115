"""Select the region schema from the request host."""

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connection, router
from django.http import Http404
from django_tenants.middleware.main import TenantMainMiddleware

from .utils import is_public_schema

# URL keyword pairs that name a model (bulk actions, settings, page types, tag lookups, ...).
_MODEL_KWARGS = (
    ("app_label", "model_name"),
    ("app_name", "model_name"),
    ("content_type_app_name", "content_type_model_name"),
)
# Wagtail's per-model URL namespaces: snippet views and snippet choosers.
_MODEL_NAMESPACES = ("wagtailsnippets_", "wagtailsnippetchoosers_")


def _named_models(match):
    for app_key, model_key in _MODEL_KWARGS:
        if app_key in match.kwargs and model_key in match.kwargs:
            yield match.kwargs[app_key], match.kwargs[model_key]
    for namespace in match.namespaces[:1]:
        for prefix in _MODEL_NAMESPACES:
            if namespace.startswith(prefix):
                app_label, _, model_name = namespace[len(prefix) :].rpartition("_")
                yield app_label, model_name


class RegionMiddleware(TenantMainMiddleware):
    """django-tenants' host → schema switch; unknown hosts get tenants.views.unknown_host.

    One process serves every schema, so the public admin routes the same per-model views
    (snippets, choosers, bulk actions, settings, page types) as a region admin. Region
    models have no table in the public schema: their URLs answer 404 there.

    A deactivated region (Region.is_active = False) serves nothing, neither pages nor its
    admin: every path on its hosts answers with tenants.views.inactive_region (410).

    Process-wide caches that are not schema-aware are handled elsewhere: the cache
    KEY_FUNCTION (settings) and the per-schema ContentType cache (tenants.contenttypes).
    """

    def process_request(self, request):
        response = super().process_request(request)
        if response is not None:
            return response
        tenant = request.tenant
        if not tenant.is_active and not tenant.is_public:
            from .views import inactive_region

            connection.set_schema_to_public()
            return inactive_region(request, tenant)
        return None

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is None or not is_public_schema():
            return None
        for app_label, model_name in _named_models(match):
            try:
                model = apps.get_model(app_label, model_name)
            except (LookupError, ValueError):
                continue
            if not router.allow_migrate_model(DEFAULT_DB_ALIAS, model):
                raise Http404("Nur in Regionen verfügbar.")
        return None
