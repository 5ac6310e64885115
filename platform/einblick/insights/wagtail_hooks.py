"""The indicators in the CMS: menu item "Kennzahlen" for region editors."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .permissions import may_view_platform_dashboard, may_view_region_dashboard
from .platform_view import PlatformDashboardView
from .views import RegionDashboardView, report_pdf


@hooks.register("register_admin_urls")
def register_dashboard_urls():
    return [
        path("kennzahlen/", RegionDashboardView.as_view(), name="insights_dashboard"),
        path("kennzahlen/bericht/", report_pdf, name="insights_report"),
        path("kennzahlen/regionen/", PlatformDashboardView.as_view(), name="insights_platform"),
    ]


class RegionDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_region_dashboard(request.user)


class PlatformDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_platform_dashboard(request.user)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return RegionDashboardMenuItem(
        "Kennzahlen", reverse("insights_dashboard"), icon_name="table", order=900,
        name="kennzahlen",
    )  # fmt: skip


@hooks.register("register_admin_menu_item")
def register_platform_menu_item():
    return PlatformDashboardMenuItem(
        "Kennzahlen", reverse("insights_platform"), icon_name="table", order=900,
        name="kennzahlen-regionen",
    )  # fmt: skip
