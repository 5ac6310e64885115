"""Mails of search alerts: confirmation and digest (German, region-branded, text + HTML).

Every mail carries the manage link and the one-click unsubscribe link (signed tokens),
and the digest the `List-Unsubscribe` / `List-Unsubscribe-Post` headers (RFC 8058).
"""

from __future__ import annotations

from django.conf import settings

from einblick.core.mail import build_mail

from . import alerts
from .links import absolute, alert_links, brand_context

TEMPLATE_DIR = "engagement/mail/"


def _alert_context(alert, **extra) -> dict:
    return {
        **brand_context(),
        **alert_links(alert),
        "alert": alert,
        "list_url": absolute(alerts.list_link(alert.query)),
        **extra,
    }


def _unsubscribe_headers(message, context) -> None:
    message.extra_headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
    message.extra_headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"


def confirm_alert(alert) -> None:
    """Double opt-in: the link opens the manage page with the confirm button."""
    context = _alert_context(alert)
    message = build_mail(TEMPLATE_DIR + "alert_confirm", context, [alert.email])
    message.send()


def digest(alert, offers: list, more: int) -> None:
    """The digest of `offers` (already the newest matching ones) and how many more there are."""
    items = [{"offer": offer, "url": absolute(offer.get_url() or "/")} for offer in offers]
    context = _alert_context(alert, items=items, more=more)
    message = build_mail(TEMPLATE_DIR + "alert_digest", context, [alert.email])
    _unsubscribe_headers(message, context)
    message.send()


def digest_limit() -> int:
    return settings.ALERT_DIGEST_MAX_OFFERS
