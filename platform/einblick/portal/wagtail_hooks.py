"""The portal's legal texts in the platform admin (localhost/cms/) only."""

from tenants.permissions import PUBLIC, scope_model

from .models import PortalLegalTexts

# Public only: region schemas have no table for it (menu item hidden, URLs refused).
scope_model(PortalLegalTexts, PUBLIC)
