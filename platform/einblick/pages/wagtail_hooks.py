"""Wagtail hooks of the pages app: safe image rendition operations (see pages/images.py) and
the region report "Seiten ohne englische Fassung" (pages/translation_report.py)."""

from django.urls import path, reverse
from wagtail import hooks

from einblick.adminkit.reports import RegionReportMenuItem

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


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return RegionReportMenuItem(
        PagesWithoutEnglishView,
        "Seiten ohne englische Fassung",
        reverse("pages_without_english"),
        icon_name="globe",
        order=910,
        name="ohne-englische-fassung",
    )
