"""The region's taxonomy visibility setting in the region admin."""

from tenants.permissions import REGION, scope_model

from .models import TaxonomyVisibility

# Region only: the public schema has no table for it (menu item hidden, URLs refused).
scope_model(TaxonomyVisibility, REGION)
