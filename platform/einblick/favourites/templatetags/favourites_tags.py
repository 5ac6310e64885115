"""`{% fav_button "offer" offer.pk offer.title %}`: the Merkliste heart for one item.

The id names the region, so one Merkliste can hold items of several regions (the portal's
search shows them side by side). On a region host the region comes from the request;
portal templates pass `region=hit.region`.
"""

from urllib.parse import quote

from django import template
from django.utils.html import conditional_escape, json_script
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

register = template.Library()

# Texts favourites.js writes into the page, in the page's language (keys as in the script).
SCRIPT_TEXTS = {
    "save": gettext_lazy("Merken"),
    "saved": gettext_lazy("Gemerkt"),
    "item": gettext_lazy("Eintrag"),
    "region": gettext_lazy("Region"),
    "expired": gettext_lazy("Dieser Eintrag ist abgelaufen."),
    "gone": gettext_lazy("Dieser Eintrag ist nicht mehr verfügbar."),
    "remove": gettext_lazy("Entfernen"),
    "remove_label": gettext_lazy("„%(title)s“ von der Merkliste entfernen"),
    "empty": gettext_lazy(
        "Deine Merkliste ist leer. Tippe auf „Merken“ bei einem Angebot, Arbeitgeber oder "
        "einer Veranstaltung."
    ),
    "one": gettext_lazy("1 Eintrag gemerkt."),
    "many": gettext_lazy("%(count)s Einträge gemerkt."),
    "failed": gettext_lazy(
        "Die Merkliste konnte gerade nicht geladen werden. Bitte später erneut versuchen."
    ),
}


@register.simple_tag(takes_context=True)
def favourites_strings(context):
    """`<script type="application/json" id="favourites-strings">` with SCRIPT_TEXTS, carrying
    the request's CSP nonce like every inline script."""
    tag = json_script({key: str(text) for key, text in SCRIPT_TEXTS.items()}, "favourites-strings")
    nonce = getattr(context.get("request"), "csp_nonce", "")
    if not nonce:
        return tag
    return mark_safe(tag.replace("<script ", f'<script nonce="{conditional_escape(nonce)}" ', 1))


@register.inclusion_tag("favourites/includes/heart.html", takes_context=True)
def fav_button(context, kind: str, pk, title: str, region: str = ""):
    if not region:
        current = context.get("region")
        public = current is None or current.schema_name == "public"
        region = "" if public else current.slug
    return {"fav_id": f"{region}:{kind}:{pk}" if region and pk else "", "fav_title": title}


@register.inclusion_tag("favourites/includes/share.html", takes_context=True)
def share_button(context, title: str, label: str = ""):
    """Web Share API where the browser has it, else the plain link to copy; plain links
    (e-mail, messengers) for every browser, also without JavaScript. Links only: no
    third-party script, image or request until the visitor follows one."""
    request = context.get("request")
    url = request.build_absolute_uri(request.path) if request is not None else ""
    text = f"{title} {url}".strip()
    return {
        "share_title": title,
        "share_label": label or _("Teilen"),
        "share_links": [
            ("E-Mail", f"mailto:?subject={quote(title)}&body={quote(text)}"),
            ("WhatsApp", f"https://wa.me/?text={quote(text)}"),
            ("Telegram", f"https://t.me/share/url?url={quote(url)}&text={quote(title)}"),
        ]
        if url
        else [],
    }
