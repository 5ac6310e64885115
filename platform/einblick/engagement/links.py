"""Signed links in mails (no account, no cookie) and the brand for mails: the region's on a
region host, the cross-region portal's in the public schema.

A token names the region schema, the kind of record, its id and its random nonce, signed
with the SECRET_KEY; a token of one region is refused in every other region.
"""

from __future__ import annotations

from django.core import signing
from django.db import connection
from django.urls import reverse

from tenants.models import Region
from tenants.utils import region_url
from themes.branding import brand_for_region

SALT = "einblick.engagement.link"


def make_token(kind: str, record) -> str:
    return signing.dumps([connection.schema_name, kind, record.pk, record.nonce], salt=SALT)


def read_token(token: str, kind: str, queryset):
    """The record `token` names in the current region, or None (any tampering)."""
    try:
        schema, what, pk, nonce = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if schema != connection.schema_name or what != kind or not isinstance(pk, int):
        return None
    return queryset.filter(pk=pk, nonce=nonce).first()


def _tenant():
    """The Region of the current schema (also where only a stand-in tenant is set)."""
    tenant = getattr(connection, "tenant", None)
    if getattr(tenant, "pk", None) is None:
        tenant = Region.objects.filter(schema_name=connection.schema_name).first()
    return tenant


def absolute(path: str) -> str:
    tenant = _tenant()
    host = tenant.primary_host() if tenant is not None else ""
    return region_url(host or "localhost", path)


def alert_links(alert) -> dict:
    token = make_token("alert", alert)
    return {
        "manage_url": absolute(reverse("alert_manage", args=[token])),
        "unsubscribe_url": absolute(reverse("alert_unsubscribe", args=[token])),
    }


def brand_context() -> dict:
    tenant = _tenant()
    brand = brand_for_region(tenant) if tenant is not None else None
    return {
        "portal_name": brand.portal_name if brand else "Einblick",
        "brand_colour": (brand.colours.get("primary") if brand else None) or "#1f4e79",
        # /marken/<slug>/logo/?v=…: the region's logo on its own host, no third-party host
        "logo_url": absolute(brand.logo_url) if brand and brand.logo_url else "",
        "home_url": absolute("/"),
    }
