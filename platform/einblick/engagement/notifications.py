"""Mails of alerts: confirmation and digest (branded by the region or the portal, text +
HTML), in the language the alert was subscribed in (`language`, links to the /en/ pages for
English).

Every mail carries the manage link and the one-click unsubscribe link (signed tokens),
and the digest the `List-Unsubscribe` / `List-Unsubscribe-Post` headers (RFC 8058).
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

from einblick.core.mail import build_mail
from tenants.language import supported

from .links import absolute, alert_links, brand_context
from .sources import source

TEMPLATE_DIR = "engagement/mail/"


def _alert_context(alert, **extra) -> dict:
    adapter = source(alert.source)
    return {
        **brand_context(),
        **alert_links(alert),
        "alert": alert,
        "source": adapter,
        "list_url": absolute(adapter.list_link(alert.query)),
        **extra,
    }


def in_language(record):
    """Render inside this: the record's language (German for an unknown code)."""
    return translation.override(supported(record.language))


def _unsubscribe_headers(message, context) -> None:
    message.extra_headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
    message.extra_headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"


def confirm_alert(alert) -> None:
    """Double opt-in: the link opens the manage page with the confirm button."""
    with in_language(alert):
        context = _alert_context(alert)
        message = build_mail(TEMPLATE_DIR + "alert_confirm", context, [alert.email])
    _unsubscribe_headers(message, context)
    message.send()


def digest(alert, items: list[dict], more: int) -> None:
    """The digest of `items` (title, line, url or path of the newest matching ones) and how
    many more there are. The caller collects `items` in the alert's language (`in_language`)."""
    with in_language(alert):
        # titles are editors' and companies' German text unless the item says otherwise
        shown = [
            {"lang": "de", **item, "url": item.get("url") or absolute(item["path"])}
            for item in items
        ]
        noun = source(alert.source).noun(alert.query, len(items) + more)
        context = _alert_context(alert, items=shown, more=more, noun=noun)
        message = build_mail(TEMPLATE_DIR + "alert_digest", context, [alert.email])
    _unsubscribe_headers(message, context)
    message.send()


def digest_limit() -> int:
    return settings.ALERT_DIGEST_MAX_OFFERS
