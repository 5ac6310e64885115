"""Menu entries of region reports: shown to users the report's view admits, never on the
public (portal) host, where the region-only report URLs answer 404."""

from django.db import connection
from django_tenants.utils import get_public_schema_name
from wagtail.admin.menu import MenuItem


class RegionReportMenuItem(MenuItem):
    def __init__(self, view, *args, **kwargs):
        self.view = view
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return connection.schema_name != get_public_schema_name() and (
            self.view.permission_policy.user_has_any_permission(
                request.user, self.view.any_permission_required
            )
        )
