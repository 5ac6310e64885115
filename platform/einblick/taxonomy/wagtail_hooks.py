"""Shared taxonomies in the public admin (localhost/cms/) only."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from tenants.permissions import PUBLIC, scope_model

from .models import Benefit, Occupation, OccupationalField, OfferType, SchoolLevel, TargetGroup


def _viewset(model_cls, extra_list=(), extra_filters=()):
    scope_model(model_cls, PUBLIC)
    return type(
        f"{model_cls.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": model_cls,
            "list_display": ["name", "slug", *extra_list, "is_archived"],
            "list_filter": ["is_archived", *extra_filters],
            "search_fields": ["name", "slug"],
            "ordering": ["sort_order", "name"],
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
    )


register_snippet(TaxonomyGroup)
