"""Events in the region admin."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tenants.permissions import REGION, scope_model

from .models import Event

scope_model(Event, REGION)


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = "Veranstaltungen"
    menu_order = 120
    add_to_admin_menu = True
    list_display = ["title", "kind", "start", "city"]
    list_filter = ["kind", "live"]
    search_fields = ["title", "venue"]
    ordering = ["start"]


register_snippet(EventViewSet)
