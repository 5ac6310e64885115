"""Offers in the region admin, and the matching desk (menu item "Matching")."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from einblick.employers.company_access import scope_to_company

from .matching.views import MatchingDeskView, may_use_matching_desk
from .models import Offer
from .viewsets import OfferViewSet

scope_to_company(Offer, "employer_id")

register_snippet(OfferViewSet)


@hooks.register("register_admin_urls")
def register_matching_urls():
    return [path("matching/", MatchingDeskView.as_view(), name="offers_matching")]


class MatchingMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_matching_desk(request.user)


@hooks.register("register_admin_menu_item")
def register_matching_menu_item():
    return MatchingMenuItem(
        "Matching", reverse("offers_matching"), icon_name="resubmit", order=850, name="matching"
    )
