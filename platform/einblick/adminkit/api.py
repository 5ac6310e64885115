"""Admin API endpoints for images and documents that list only what the user may choose.

Wagtail's admin API (/cms/api/main/images/, .../documents/) lists every item of the
schema; here it follows the collection permissions like the choosers do.
"""

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry


class _NoNulBytes:
    """PostgreSQL cannot take NUL bytes: a search for one is a bad request, not a 500."""

    def check_query_parameters(self, queryset):
        if any("\x00" in value for value in self.request.GET.values()):
            raise BadRequestError("query parameters must not contain NUL bytes")
        super().check_query_parameters(queryset)


class _ChoosableOnly(_NoNulBytes):
    def get_queryset(self):
        queryset = super().get_queryset()
        policy = policy_registry.get_by_type(queryset.model)
        allowed = policy.instances_user_has_any_permission_for(self.request.user, ["choose"])
        return queryset.filter(pk__in=allowed.values("pk"))


class ScopedImagesAdminAPIViewSet(_ChoosableOnly, ImagesAdminAPIViewSet):
    pass


class ScopedDocumentsAdminAPIViewSet(_ChoosableOnly, DocumentsAdminAPIViewSet):
    pass


class CheckedPagesAdminAPIViewSet(_NoNulBytes, PagesAdminAPIViewSet):
    pass


def register_scoped_endpoints(router) -> None:
    """`construct_admin_api` hook: replace Wagtail's page, image and document endpoints."""
    router.register_endpoint("pages", CheckedPagesAdminAPIViewSet)
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)
