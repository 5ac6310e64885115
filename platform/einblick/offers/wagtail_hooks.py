"""Offers in the region admin."""

from wagtail.snippets.models import register_snippet

from einblick.employers.company_access import scope_to_company

from .models import Offer
from .viewsets import OfferViewSet

scope_to_company(Offer, "employer_id")

register_snippet(OfferViewSet)
