"""Admin of the international section: contacts (region and platform-wide), the report of
guide pages overdue for their yearly check."""

from django.db import connection
from django.urls import path, reverse
from django_tenants.utils import get_public_schema_name
from wagtail import hooks
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from einblick.adminkit.reports import RegionReportMenuItem

from .models import Contact
from .shared.models import SharedContact
from .views import OverdueGuidesView

CONTACT_LIST = ["name", "organisation", "kind", "city"]


def _on_public_host() -> bool:
    return connection.schema_name == get_public_schema_name()


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "group"
    menu_label = "Kontakte international"
    menu_order = 170
    add_to_admin_menu = True
    list_display = CONTACT_LIST
    list_filter = ["kind"]
    search_fields = ["name", "organisation", "city"]


class PlatformOnlyPolicy(ModelPermissionPolicy):
    """Shared contacts are maintained on the platform admin only, never from a region."""

    def user_has_permission(self, user, action):
        return _on_public_host() and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return _on_public_host() and super().user_has_any_permission(user, actions)


class SharedContactViewSet(SnippetViewSet):
    model = SharedContact
    icon = "group"
    menu_label = "Landesweite Kontakte"
    menu_order = 171
    add_to_admin_menu = True
    list_display = CONTACT_LIST
    list_filter = ["kind"]
    search_fields = ["name", "organisation", "city"]


register_permission_policy(SharedContact, PlatformOnlyPolicy(SharedContact))
register_snippet(ContactViewSet)
register_snippet(SharedContactViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "berichte/leitfaeden-pruefen/",
            OverdueGuidesView.as_view(),
            name="international_overdue_guides",
        ),
        path(
            "berichte/leitfaeden-pruefen/ergebnisse/",
            OverdueGuidesView.as_view(results_only=True),
            name="international_overdue_guides_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_overdue_guides_menu_item():
    return RegionReportMenuItem(
        OverdueGuidesView,
        "Leitfäden prüfen",
        reverse("international_overdue_guides"),
        icon_name="date",
        order=900,
        name="leitfaeden-pruefen",
    )
