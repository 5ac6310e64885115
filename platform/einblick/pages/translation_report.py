"""Admin report "Seiten ohne englische Fassung" (issue 20): the region's live German pages
that have no live English translation yet, each with a link to Wagtail's "Übersetzen"
(wagtail.contrib.simple_translation). Until they are translated, /en/ shows them in German
with the note "This page is only available in German." (docs/i18n.md)."""

from django.conf import settings
from django.db import connection
from django.http import Http404
from django_tenants.utils import get_public_schema_name
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

TRANSLATION = "en"


def pages_without_english():
    """Live pages of the default (German) locale with no live page of the same translation
    key in the English locale, in tree order. The tree root is no page of its own."""
    german = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    english = Locale.objects.filter(language_code=TRANSLATION).first()
    if german is None:
        return Page.objects.none()
    pages = Page.objects.live().filter(locale=german, depth__gt=1)
    if english is not None:
        translated = Page.objects.live().filter(locale=english).values("translation_key")
        pages = pages.exclude(translation_key__in=translated)
    return pages.select_related("content_type").order_by("path")


class PagesWithoutEnglishView(ReportView):
    """Region only: the public host has no region page tree, so it answers 404."""

    model = Page
    page_title = "Seiten ohne englische Fassung"
    header_icon = "globe"
    index_url_name = "pages_without_english"
    index_results_url_name = "pages_without_english_results"
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["change", "publish"]
    list_export = ["title", "url_path", "last_published_at"]
    export_headings = {"title": "Titel", "url_path": "Pfad", "last_published_at": "Veröffentlicht"}
    columns = [
        TitleColumn("title", label="Titel", url_name="wagtailadmin_pages:edit"),
        Column("kind", label="Seitentyp"),
        DateColumn("last_published_at", label="Zuletzt veröffentlicht"),
        TitleColumn(
            "translate_label",
            label="Übersetzen",
            url_name="simple_translation:submit_page_translation",
        ),
    ]

    def dispatch(self, request, *args, **kwargs):
        if connection.schema_name == get_public_schema_name():
            raise Http404("Nur in Regionen verfügbar.")
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return pages_without_english()

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            model = page.content_type.model_class()
            page.kind = model._meta.verbose_name if model else ""
            page.translate_label = "Englische Fassung anlegen"
        return object_list
