"""What an embed shows: its offers (through the offer list's `OfferFilter`) and events.

Works on any object with the fields of `reach.models.Embed` (also an unsaved one in the
CMS live preview), so the model can use it for its preview without an import cycle.
"""

from collections.abc import Callable

from django.db.models import F, Q
from django.http import QueryDict
from django.urls import reverse

from einblick.core.snippets import index_page_url
from einblick.events.models import Event
from einblick.offers.filters import OfferFilter
from einblick.offers.geo import distance_km
from einblick.offers.queries import offer_cards
from einblick.pages.routes import INDEX_PAGES

Link = Callable[[str, object], str]


def filter_data(embed) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, value in embed.query().items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return data


def offers_for(embed) -> list:
    """The first `count` public offers matching the embed's presets, in its order."""
    data = filter_data(embed)
    filters = OfferFilter(data or None, queryset=offer_cards(), towns=embed.region_towns())
    offers = filters.qs
    if embed.employer_id:
        offers = offers.filter(employer_id=embed.employer_id)
    return list(offers[: embed.count])


def events_for(embed) -> list:
    """The next `count` upcoming events matching the embed's presets that apply to events:
    kind, target groups, employer (taking part or organising), town and radius."""
    events = Event.objects.upcoming()
    if embed.event_kind:
        events = events.filter(kind=embed.event_kind)
    groups = [g.pk for g in embed.target_groups.all()]
    if groups:
        events = events.filter(pk__in=Event.objects.filter(target_groups__in=groups).values("pk"))
    if embed.employer_id:
        by_employer = Q(employers=embed.employer_id) | Q(organiser=embed.employer_id)
        events = events.filter(pk__in=Event.objects.filter(by_employer).values("pk"))
    town = next((t for t in embed.region_towns() if embed.town and t["name"] == embed.town), None)
    if town is not None:
        near = distance_km(town["lat"], town["lon"], F("latitude"), F("longitude"))
        events = events.annotate(distance_km=near).filter(distance_km__lte=embed.radius or 25)
    return list(events.order_by("start", "pk")[: embed.count])


def list_url(embed) -> str:
    """The region's offer list (or event list) with the embed's preset filters."""
    kind = "events" if embed.content == "veranstaltungen" else "offers"
    base = index_page_url(INDEX_PAGES[kind]) or "/"
    if kind == "events":
        return base + (f"?art={embed.event_kind}" if embed.event_kind else "")
    query = filter_data(embed).urlencode()
    return base + (f"?{query}" if query else "")


def direct_link(embed) -> Link:
    """Links straight to the targets (CMS preview: nothing is counted there)."""

    def link(kind: str, obj) -> str:
        return embed.direct_url(obj) if obj is not None else ""

    return link


def counted_link(embed, host: str) -> Link:
    """Links through the embed's click routes (named alike on region hosts and the portal
    host), which count one click-through; `embed.click_ref` names the target."""

    def link(kind: str, obj) -> str:
        if kind in ("offer", "event"):
            url = reverse(f"embed_{kind}", args=[embed.key, embed.click_ref(obj)])
        else:
            url = reverse("embed_link", args=[embed.key])
        return f"{url}?von={host}" if host else url

    return link


def frame_context(embed, link: Link | None = None) -> dict:
    """The frame of a region embed or a portal embed (reach.portal): both answer
    `listed_offers`, `listed_events`, `target_url`, `click_ref` and `direct_url`."""
    link = link or direct_link(embed)
    widget = embed.kind == "widget"
    offers = embed.listed_offers() if widget and embed.shows_offers else []
    events = embed.listed_events() if widget and embed.shows_events else []
    return {
        "embed": embed,
        "offers": [(offer, link("offer", offer)) for offer in offers],
        "events": [(event, link("event", event)) for event in events],
        "more_url": link("list", None) or embed.target_url(),
    }
