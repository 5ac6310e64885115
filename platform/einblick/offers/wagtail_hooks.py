"""Offers and the region's taxonomy visibility setting in the region admin."""

from wagtail.snippets.models import register_snippet

from einblick.employers.company_access import scope_to_company
from tenants.permissions import REGION, scope_model

from .models import Offer, TaxonomyVisibility
from .viewsets import OfferViewSet

scope_to_company(Offer, "employer_id")
# Region only: the public schema has no table for it (menu item hidden, URLs refused).
scope_model(TaxonomyVisibility, REGION)

register_snippet(OfferViewSet)
