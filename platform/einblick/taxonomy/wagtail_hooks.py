"""Shared taxonomies in the public admin (localhost/cms/) only."""

from django import forms
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from einblick.adminkit.columns import yes_no_column
from tenants.permissions import PUBLIC, scope_model

from .archive import ArchiveView, archive_on_bulk_delete
from .models import (
    Benefit,
    InterestQuestion,
    Occupation,
    OccupationalField,
    OfferType,
    SchoolLevel,
    SearchConcept,
    TargetGroup,
)
from .usage import referencing_columns, usage_counts

_BASE_PANELS = [
    FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
    FieldPanel("name_en"),
    FieldRowPanel([FieldPanel("sort_order"), FieldPanel("is_archived")]),
]
_EXTRA_PANELS = {
    OfferType: [
        FieldRowPanel([FieldPanel("name_plural"), FieldPanel("name_plural_en")]),
        FieldPanel("description", widget=forms.Textarea(attrs={"rows": 3})),
        MultiFieldPanel(
            [FieldPanel("job_posting"), FieldPanel("employment_type"), FieldPanel("icon")],
            heading="Suchmaschinen und Darstellung",
        ),
    ],
    OccupationalField: [
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("short_name_en")]),
        FieldPanel("icon"),
        FieldPanel("description", widget=forms.Textarea(attrs={"rows": 3})),
        FieldPanel("description_en", widget=forms.Textarea(attrs={"rows": 3})),
    ],
    Occupation: [
        FieldPanel("field"),
        FieldRowPanel([FieldPanel("kldb"), FieldPanel("duration_months")]),
        FieldPanel("search_terms"),
    ],
    Benefit: [FieldPanel("icon"), FieldPanel("description")],
    InterestQuestion: [
        FieldPanel("topic"),
        FieldRowPanel([FieldPanel("hint"), FieldPanel("hint_en")]),
        FieldPanel("weights"),
    ],
    SchoolLevel: [FieldRowPanel([FieldPanel("min_class"), FieldPanel("max_class")])],
    SearchConcept: [
        FieldPanel("kind"),
        FieldPanel("phrases"),
        FieldPanel("narrower_terms"),
        MultiFieldPanel(
            [
                FieldPanel("offer_types"),
                FieldPanel("occupational_fields"),
                FieldPanel("target_groups"),
                FieldPanel("boost_terms"),
            ],
            heading="Wirkung in der Suche",
        ),
    ],
}


class UsageIndexView(IndexView):
    """The listing with "Verwendet": how many offers, employers, events … use each entry."""

    def get_table(self, object_list):
        counts = usage_counts(self.model, [obj.pk for obj in object_list])
        for obj in object_list:
            obj.usage_count = counts.get(obj.pk, 0)
        return super().get_table(object_list)


def _list_display(model_cls, extra_list) -> list:
    columns = ["name", "name_en", "slug"]
    for name in extra_list:
        is_flag = model_cls._meta.get_field(name).get_internal_type() == "BooleanField"
        columns.append(yes_no_column(model_cls, name) if is_flag else name)
    if referencing_columns(model_cls):
        columns.append(Column("usage_count", label="Verwendet (alle Regionen)"))
    return [*columns, yes_no_column(model_cls, "is_archived")]


def _viewset(model_cls, extra_list=(), extra_filters=()):
    scope_model(model_cls, PUBLIC)
    return type(
        f"{model_cls.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": model_cls,
            "index_view_class": UsageIndexView,
            "list_display": _list_display(model_cls, extra_list),
            "list_filter": ["is_archived", *extra_filters],
            "search_fields": ["name", "name_en", "slug"],
            "search_backend_name": None,
            "ordering": ["sort_order", "name"],
            "panels": _BASE_PANELS + _EXTRA_PANELS.get(model_cls, []),
            "delete_view_class": ArchiveView,
            "copy_view_enabled": False,
        },
    )


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomien"
    menu_icon = "tag"
    menu_order = 200
    items = (
        _viewset(OfferType, ["job_posting"]),
        _viewset(OccupationalField),
        _viewset(Occupation, ["field", "kldb"], ["field"]),
        _viewset(Benefit),
        _viewset(TargetGroup),
        _viewset(SchoolLevel, ["min_class", "max_class"]),
        _viewset(SearchConcept, ["kind"], ["kind"]),
        _viewset(InterestQuestion, ["topic"], ["topic"]),
    )


register_snippet(TaxonomyGroup)
hooks.register("before_bulk_action", archive_on_bulk_delete)
