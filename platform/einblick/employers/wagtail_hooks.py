"""Employers in the region admin."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tenants.permissions import REGION, scope_model

from .models import Employer

scope_model(Employer, REGION)


class EmployerViewSet(SnippetViewSet):
    model = Employer
    icon = "site"
    menu_label = "Arbeitgeber"
    menu_order = 100
    add_to_admin_menu = True
    list_display = ["name", "city", "size_class", "updated_at"]
    list_filter = ["size_class", "live", "occupational_fields"]
    search_fields = ["name", "pitch", "city"]
    ordering = ["name"]


register_snippet(EmployerViewSet)
