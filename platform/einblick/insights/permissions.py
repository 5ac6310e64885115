"""Who may see a region's indicators: its editors (group "Editors"), not company logins."""

from einblick.employers.company_access import company_employer_id
from tenants.utils import is_public_schema

PERMISSION = "insights.view_dailycount"


def may_view_region_dashboard(user) -> bool:
    return (
        not is_public_schema()
        and user.is_authenticated
        and (user.is_superuser or user.has_perm(PERMISSION))
        and company_employer_id(user) is None  # a company login never, whatever its groups
    )


def may_view_platform_dashboard(user) -> bool:
    return is_public_schema() and user.is_authenticated and user.is_superuser
