"""Employers and company logins in the region admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from einblick.adminkit.bulk_actions import (
    PublishBulkAction,
    SetExpiryBulkAction,
    UnpublishBulkAction,
)
from tenants.permissions import REGION, scope_model

from .company_access import scope_to_company
from .models import Employer, EmployerMembership
from .viewsets import EmployerMembershipViewSet, EmployerViewSet

scope_to_company(Employer, "pk")
scope_model(EmployerMembership, REGION)

register_snippet(EmployerViewSet)
register_snippet(EmployerMembershipViewSet)


for _action in (PublishBulkAction, UnpublishBulkAction, SetExpiryBulkAction):
    hooks.register("register_bulk_action", _action)
