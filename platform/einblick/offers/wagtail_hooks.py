"""Offers in the region admin."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tenants.permissions import REGION, scope_model

from .models import Offer, TaxonomyVisibility

scope_model(Offer, REGION)
scope_model(TaxonomyVisibility, REGION)


class OfferViewSet(SnippetViewSet):
    model = Offer
    icon = "doc-full"
    menu_label = "Angebote"
    menu_order = 110
    add_to_admin_menu = True
    list_display = ["title", "employer", "offer_type", "end_date", "updated_at"]
    list_filter = ["offer_type", "live", "period_kind", "occupational_fields"]
    search_fields = ["title"]
    ordering = ["-created_at"]


register_snippet(OfferViewSet)
