"""Signed tokens in registration links: no account, no cookie, no session.

A token names the region schema, the registration and its random nonce, signed with the
SECRET_KEY. It stays valid as long as the registration exists; a token from one region is
refused in every other region.
"""

from django.core import signing
from django.db import connection

SALT = "einblick.events.registration"


def make_token(registration) -> str:
    return signing.dumps([connection.schema_name, registration.pk, registration.nonce], salt=SALT)


def read_token(token: str, registrations):
    """The registration `token` names in the current region, or None (any tampering)."""
    try:
        schema, pk, nonce = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if schema != connection.schema_name or not isinstance(pk, int):
        return None
    return registrations.filter(pk=pk, nonce=nonce).select_related("event", "slot").first()
