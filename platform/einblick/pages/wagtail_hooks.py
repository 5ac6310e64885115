"""Wagtail hooks of the pages app: safe image rendition operations (see pages/images.py) and
the region report "Seiten ohne englische Fassung" (pages/translation_report.py)."""

from django.db import connection
from django.urls import path, reverse
from django_tenants.utils import get_public_schema_name
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .images import safe_operations
from .translation_report import PagesWithoutEnglishView


# order: after Wagtail's own registration, so these replace its fill/min/max/... classes
@hooks.register("register_image_operations", order=100)
def register_safe_image_operations():
    return safe_operations()


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path(
            "berichte/ohne-englische-fassung/",
            PagesWithoutEnglishView.as_view(),
            name="pages_without_english",
        ),
        path(
            "berichte/ohne-englische-fassung/ergebnisse/",
            PagesWithoutEnglishView.as_view(results_only=True),
            name="pages_without_english_results",
        ),
    ]


class RegionReportMenuItem(MenuItem):
    """Shown to region editors who may change pages; never on the public host."""

    def is_shown(self, request):
        view = PagesWithoutEnglishView
        return connection.schema_name != get_public_schema_name() and (
            view.permission_policy.user_has_any_permission(
                request.user, view.any_permission_required
            )
        )


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return RegionReportMenuItem(
        "Seiten ohne englische Fassung",
        reverse("pages_without_english"),
        icon_name="globe",
        order=910,
        name="ohne-englische-fassung",
    )
