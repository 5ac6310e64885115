"""Menu item "Maßnahmen" in region CMS and platform admin."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import CatalogueView, MeasureEditView, may_browse_measures


@hooks.register("register_admin_urls")
def register_measure_urls():
    return [
        path("massnahmen/", CatalogueView.as_view(), name="measures_catalogue"),
        path("massnahmen/neu/", MeasureEditView.as_view(), name="measures_add"),
        path("massnahmen/<int:pk>/", MeasureEditView.as_view(), name="measures_edit"),
    ]


class MeasuresMenuItem(MenuItem):
    def is_shown(self, request):
        return may_browse_measures(request.user)


@hooks.register("register_admin_menu_item")
def register_measures_menu_item():
    return MeasuresMenuItem(
        "Maßnahmen", reverse("measures_catalogue"), icon_name="list-ul", order=860,
        name="massnahmen",
    )  # fmt: skip
