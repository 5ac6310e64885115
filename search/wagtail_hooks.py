"""Admin integration: the shared synonym list (public admin only) and a notice when the
external search backend fails and PostgreSQL answers instead."""

from django.db import connection
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import BackendStatus, Synonym


class PublicSchemaOnlyPolicy(ModelPermissionPolicy):
    """The synonym list is shared by all regions: only the public admin (portal host) edits it."""

    def user_has_permission(self, user, action):
        return connection.schema_name == "public" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return connection.schema_name == "public" and super().user_has_any_permission(user, actions)


register_permission_policy(Synonym, PublicSchemaOnlyPolicy(Synonym))


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "Suchsynonyme"
    list_display = ["terms", "note", "updated_at"]
    search_fields = ["terms", "note"]


register_snippet(SynonymViewSet)


class SearchBackendPanel(Component):
    order = 50

    def __init__(self, status: BackendStatus):
        self.status = status

    def render_html(self, parent_context=None):
        return format_html(
            '<section class="help-block help-warning" role="status"><p><strong>Suche: {} nicht '
            "erreichbar</strong> (seit {}). Die Suche antwortet aus PostgreSQL; "
            "Änderungen werden nachgetragen, sobald der Dienst wieder läuft.</p><p>{}</p></section>",
            self.status.backend,
            timezone.localtime(self.status.failing_since).strftime("%d.%m.%Y %H:%M"),
            self.status.last_error[:300],
        )


@hooks.register("construct_homepage_panels")
def add_search_backend_panel(request, panels):
    status = (
        BackendStatus.objects.filter(failing_since__isnull=False)
        .order_by("-last_failure_at")
        .first()
    )
    if status is not None:
        panels.append(SearchBackendPanel(status))
