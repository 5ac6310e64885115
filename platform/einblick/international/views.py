"""Admin report "Leitfäden prüfen": guide pages not checked for more than 12 months."""

from django.utils import timezone
from wagtail.admin.ui.tables import DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import REVIEW_AFTER, InternationalGuidePage


class OverdueGuidesView(ReportView):
    """Region only: `model` makes the region middleware answer 404 on the public host."""

    model = InternationalGuidePage
    page_title = "Leitfäden prüfen"
    header_icon = "date"
    index_url_name = "international_overdue_guides"
    index_results_url_name = "international_overdue_guides_results"
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["change", "publish"]
    list_export = ["title", "last_checked"]
    export_headings = {"title": "Titel", "last_checked": "Zuletzt geprüft"}
    columns = [
        TitleColumn("title", label="Titel", url_name="wagtailadmin_pages:edit"),
        DateColumn("last_checked", label="Zuletzt geprüft"),
        DateColumn("due", label="Fällig seit"),
    ]

    def get_queryset(self):
        return InternationalGuidePage.overdue(timezone.localdate())

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.due = page.last_checked + REVIEW_AFTER
        return object_list
