"""Admin API endpoints for images and documents that list only what the user may choose.

Wagtail's admin API (/cms/api/main/images/, .../documents/) lists every item of the
schema; here it follows the collection permissions like the choosers do.
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry


class _ChoosableOnly:
    def get_queryset(self):
        queryset = super().get_queryset()
        policy = policy_registry.get_by_type(queryset.model)
        allowed = policy.instances_user_has_any_permission_for(self.request.user, ["choose"])
        return queryset.filter(pk__in=allowed.values("pk"))


class ScopedImagesAdminAPIViewSet(_ChoosableOnly, ImagesAdminAPIViewSet):
    pass


class ScopedDocumentsAdminAPIViewSet(_ChoosableOnly, DocumentsAdminAPIViewSet):
    pass


def register_scoped_endpoints(router) -> None:
    """`construct_admin_api` hook: replace Wagtail's image and document endpoints."""
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)
