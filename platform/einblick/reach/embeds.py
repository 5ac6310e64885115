"""The public embed routes of a region host: frame page, script, plain link, click-throughs.

Only these routes may be framed by any website (`frame-ancestors *`, no X-Frame-Options);
every other route keeps the strict policy. They set no cookie and are never page-cached,
because each call is counted: impressions (`embed_view`) and click-throughs (`embed_click`)
per embed and referring host name (`DailyCount` subject "host": id = embed, key = host) go
to the insights spool; nothing is written to the database in the request. The portal host
serves its own embeds (reach.portal) through the same views, counted for schema "public"
(insights_public.PublicDailyCount). Not counted, as everywhere: bots and logged-in people
(the CMS preview).
"""

import re
from urllib.parse import urlsplit

from csp.decorators import csp_replace
from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from einblick.events.models import Event
from einblick.insights import spool
from einblick.offers.models import Offer
from tenants.utils import is_public_schema

from .models import Embed
from .portal.models import PortalEmbed
from .rendering import counted_link, frame_context

HOST = re.compile(r"^[a-z0-9](?:[a-z0-9.-]{0,198}[a-z0-9])?$")


def embed_or_404(key) -> Embed | PortalEmbed:
    """The region's embed on a region host, the portal's own on the portal host."""
    model = PortalEmbed if is_public_schema() else Embed
    embed = model.objects.filter(key=key).first()
    if embed is None:
        raise Http404("Diese Einbettung gibt es in dieser Region nicht (mehr).")
    return embed


def referring_host(request) -> str:
    """The embedding website's host name: `von` (set by the script and the frame's links)
    or the Referer's host when it is another site. Never a path, never an address."""
    given = (request.GET.get("von") or "").strip().lower()
    if HOST.match(given):
        return given
    referer = urlsplit(request.headers.get("Referer", "")).hostname or ""
    if HOST.match(referer) and referer != request.get_host().split(":")[0]:
        return referer
    return ""


def count(request, kind: str, embed, host: str) -> None:
    if settings.SESSION_COOKIE_NAME in request.COOKIES or spool.is_bot(
        request.headers.get("User-Agent", "")
    ):
        return
    try:
        spool.record(connection.schema_name, kind, "host", embed.pk, host or "(unbekannt)")
    except OSError:  # a full disk must never break an embed
        pass


def embeddable(view):
    """Any site may frame it; never cached (each call counts); GET only."""
    view = csp_replace({"frame-ancestors": ["*"]})(view)
    return require_GET(never_cache(xframe_options_exempt(view)))


@embeddable
def frame(request, key):
    embed = embed_or_404(key)
    host = referring_host(request)
    count(request, "embed_view", embed, host)
    context = frame_context(embed, counted_link(embed, host))
    return render(request, "reach/embed_frame.html", context)


@require_GET
def script(request):
    """The stable address of the embed script (the static file's name carries a hash)."""
    return HttpResponseRedirect(static("reach/embed.js"))


def click(request, embed, url: str):
    count(request, "embed_click", embed, referring_host(request))
    return HttpResponseRedirect(url)


@embeddable
def link(request, key):
    embed = embed_or_404(key)
    return click(request, embed, embed.target_url())


@embeddable
def offer(request, key, pk):
    embed = embed_or_404(key)
    target = Offer.objects.public().filter(pk=pk).first()
    if target is None or not target.get_url():
        raise Http404("Dieses Angebot gibt es nicht (mehr).")
    return click(request, embed, target.get_url())


@embeddable
def event(request, key, pk):
    embed = embed_or_404(key)
    target = Event.objects.public().filter(pk=pk).first()
    if target is None or not target.get_url():
        raise Http404("Diese Veranstaltung gibt es nicht (mehr).")
    return click(request, embed, target.get_url())
