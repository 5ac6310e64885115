"""Select the region schema from the request host."""

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connection, router
from django.http import Http404
from django_tenants.middleware.main import TenantMainMiddleware

from . import preview, versions
from .utils import is_public_schema

_NO_REGION = "-"

# URL keyword pairs that name a model (bulk actions, settings, page types, tag lookups, ...).
_MODEL_KWARGS = (
    ("app_label", "model_name"),
    ("app_name", "model_name"),
    ("content_type_app_name", "content_type_model_name"),
)
# Wagtail's per-model URL namespaces: snippet views and snippet choosers.
_MODEL_NAMESPACES = ("wagtailsnippets_", "wagtailsnippetchoosers_")


def _view_models(view_func):
    """The model a class-based view was made for (Wagtail viewsets pass `model` or a
    `permission_policy` to `as_view`), so custom admin URLs are covered too."""
    initkwargs = getattr(view_func, "view_initkwargs", None) or {}
    policy = initkwargs.get("permission_policy")
    view_class = getattr(view_func, "view_class", None)
    for model in (
        initkwargs.get("model"),
        getattr(policy, "model", None),
        getattr(view_class, "model", None),
    ):
        if isinstance(model, type):
            yield model


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
    A region in preparation serves its admin to everybody and its pages only to its editors
    and preview-link holders (tenants.preview); requests without a session are answered
    here, before the page cache, the others once the user is known (process_view).

    Process-wide caches that are not schema-aware are handled elsewhere: the cache
    KEY_FUNCTION (settings) and the per-schema ContentType cache (tenants.contenttypes).
    """

    def get_tenant(self, domain_model, hostname):
        """The region of `hostname`, cached in the shared page cache until regions or
        domains change (the shared content version): no query per request."""

        def load():
            try:
                return super(RegionMiddleware, self).get_tenant(domain_model, hostname)
            except domain_model.DoesNotExist:
                return _NO_REGION

        region = versions.cached_per_scope(versions.SHARED, f"host:{hostname}", load)
        if region == _NO_REGION:
            raise domain_model.DoesNotExist(hostname)
        return region

    def process_request(self, request):
        response = super().process_request(request)
        if response is not None:
            return response
        tenant = request.tenant
        if tenant.in_preparation:
            if not preview.is_open_path(request.path_info) and not _has_session(request):
                connection.set_schema_to_public()
                return preview.in_preparation_page(request, tenant)
        elif not tenant.is_active and not tenant.is_public:
            from .views import inactive_region

            connection.set_schema_to_public()
            return inactive_region(request, tenant)
        if not tenant.is_public:
            _remember_wagtail_site(request)
        return None

    def process_view(self, request, view_func, view_args, view_kwargs):
        tenant = getattr(request, "tenant", None)
        if tenant is not None and tenant.in_preparation:
            if not preview.is_open_path(request.path_info) and not preview.may_preview(
                request, tenant
            ):
                return preview.in_preparation_page(request, tenant)
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
        for model in _view_models(view_func):
            if not router.allow_migrate_model(DEFAULT_DB_ALIAS, model):
                raise Http404("Nur in Regionen verfügbar.")
        return None


def known_region(hostname: str):
    """The region of `hostname` as RegionMiddleware.get_tenant keeps it for the current
    shared content version; None when no region is kept for it (yet) or the host is unknown."""
    region = versions.peek(versions.SHARED, f"host:{hostname}")
    return None if region is None or region == _NO_REGION else region


def _has_session(request) -> bool:
    from django.conf import settings

    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _remember_wagtail_site(request) -> None:
    """Wagtail's Site of the request (Site.find_for_request reads request._wagtail_site),
    cached until the region's content version moves on: no query per request."""
    from wagtail.models import Site

    host = request.get_host()
    request._wagtail_site = versions.cached_per_scope(
        connection.schema_name, f"site:{host}", lambda: Site._find_for_request(request)
    )
