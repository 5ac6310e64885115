"""Employers and company logins in the region admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from einblick.adminkit.api import register_scoped_endpoints
from einblick.adminkit.bulk_actions import (
    PublishBulkAction,
    SetExpiryBulkAction,
    UnpublishBulkAction,
)
from tenants.permissions import REGION, scope_model

from .company_access import company_employer_id, scope_to_company
from .models import Employer, EmployerMembership
from .viewsets import EmployerMembershipViewSet, EmployerViewSet

scope_to_company(Employer, "pk")
scope_model(EmployerMembership, REGION)

register_snippet(EmployerViewSet)
register_snippet(EmployerMembershipViewSet)


for _action in (PublishBulkAction, UnpublishBulkAction, SetExpiryBulkAction):
    hooks.register("register_bulk_action", _action)


hooks.register("construct_admin_api", register_scoped_endpoints)


@hooks.register("construct_reports_menu")
def hide_site_history_from_companies(request, menu_items):
    # Site history lists every change in the region (refused in CompanyLoginGuardMiddleware).
    if company_employer_id(request.user) is not None:
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
