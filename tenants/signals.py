"""Signals through which higher floors (domain apps) hook into region provisioning.

`tenants` imports no domain app; domain apps connect here instead.
"""

from django.dispatch import Signal

# Sent with the template schema active, after it has been migrated. Receivers make the
# schema a ready-to-clone region skeleton (home page, site root, default settings).
template_schema_ready = Signal()  # kwargs: schema_name

# Sent inside the provisioning transaction with the new region's schema active.
region_provisioned = Signal()  # kwargs: region
