"""RSS 2.0 and Atom feeds of the cross-region portal: offers, events and news of all regions.

Offers and events come from the search query API (`search.query.search`), so the offer feed
takes exactly the portal search's filters (ADR 0008: `q`, `region`, `typ`, `berufsfeld`,
`beruf`, `zielgruppe`, `vorteil`, `von`, `bis`, `ort`, `nahe`, `umkreis`) through the same
`SearchParamsForm`; a broken parameter is answered with 400 and a German message naming it.
Only active regions are read. The news feed reads each active region's live public news
pages (one short query per region; anonymous responses come from the page cache).
"""

from dataclasses import dataclass, field

from django.http import HttpRequest, HttpResponseBadRequest
from django.urls import reverse
from django.utils.html import strip_tags

from einblick.pages.models import NewsPage
from search.params import ParamError, canonical, parse
from search.query import MAX_PAGE_SIZE, SearchQuery, search
from search.regions import active_region_names, active_regions
from search.towns import towns_for
from tenants.utils import in_region, region_url
from themes.branding import RequestBrand

from .feeds import ITEMS, RegionFeed


@dataclass(frozen=True)
class PortalFeedRequest:
    request: HttpRequest
    query: SearchQuery | None = None
    params: dict = field(default_factory=dict)


def search_query(request, kind: str) -> SearchQuery:
    """The portal search's parameters as a query of one kind, newest first; ParamError."""
    query = parse(
        request.GET,
        current_region=None,
        known_regions=set(active_region_names()),
        towns=towns_for(None),
    )
    query.kinds = [kind]
    query.regions = query.regions or sorted(active_region_names())
    if query.sort == "relevance" and not query.q:
        query.sort = "date"
    query.page, query.page_size = 1, min(ITEMS, MAX_PAGE_SIZE)
    query.with_facets = False
    return query


class PortalFeed(RegionFeed):
    """A feed of all active regions, on the portal host; subclasses name the search kind."""

    kind = ""
    list_query: dict = {}

    def __call__(self, request, *args, **kwargs):
        try:
            search_query(request, self.kind)
        except ParamError as error:
            return HttpResponseBadRequest(
                f"Ungültiger Filter – {error.parameter}: {error.message}",
                content_type="text/plain; charset=utf-8",
            )
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs) -> PortalFeedRequest:
        return PortalFeedRequest(request, search_query(request, self.kind))

    def title(self, obj) -> str:
        return f"{self.kind_label} – {RequestBrand(obj.request).portal_name}"

    def description(self, obj) -> str:
        return f"Neue {self.kind_label} aus allen Regionen"

    def link(self, obj) -> str:
        params, _ = canonical(obj.request.GET)
        params.update(self.list_query)
        return f"{reverse('search')}?{params.urlencode()}"

    def items(self, obj):
        return search(obj.query).results

    def item_link(self, hit) -> str:
        return hit.url

    def item_guid(self, hit) -> str:
        return hit.url

    def item_description(self, hit) -> str:
        return strip_tags(hit.snippet) or hit.region_name

    def item_pubdate(self, hit):
        return hit.published_at

    def item_updateddate(self, hit):
        return hit.published_at

    def item_categories(self, hit):
        return [hit.region_name, *([hit.offer_type] if hit.offer_type else [])]


class PortalOfferFeed(PortalFeed):
    kind = "offer"
    kind_label = "Angebote"
    list_query = {"kind": "offer"}

    def item_title(self, hit) -> str:
        employer = f" – {hit.employer}" if hit.employer else ""
        return f"{hit.title}{employer} ({hit.region_name})"


class PortalEventFeed(PortalFeed):
    kind = "event"
    kind_label = "Veranstaltungen"
    list_query = {"kind": "event"}

    def item_title(self, hit) -> str:
        start = f", {hit.period_start:%d.%m.%Y}" if hit.period_start else ""
        return f"{hit.title} ({hit.region_name}{start})"


@dataclass(frozen=True)
class NewsItem:
    title: str
    intro: str
    url: str
    region_name: str
    first_published_at: object


def region_news(limit: int = ITEMS) -> list[NewsItem]:
    """The newest live public news pages of every active region with a primary host."""
    items = []
    for region in active_regions():
        host = region.get_primary_domain()
        if host is None:
            continue
        with in_region(region):
            news = NewsPage.objects.live().public().filter(locale__language_code="de")
            for page in news.order_by("-date", "-pk")[:limit]:
                path = page.get_url_parts()[2] if page.get_url_parts() else None
                if path:
                    url = region_url(host.domain, path)
                    items.append(
                        NewsItem(page.title, page.intro, url, region.name, page.first_published_at)
                    )
    items.sort(key=lambda item: item.first_published_at, reverse=True)
    return items[:limit]


class PortalNewsFeed(RegionFeed):
    kind_label = "Nachrichten"

    def title(self, obj) -> str:
        return f"{self.kind_label} – {RequestBrand(obj.request).portal_name}"

    def description(self, obj) -> str:
        return "Neue Nachrichten aus allen Regionen"

    def link(self, obj) -> str:
        return reverse("portal_home")

    def items(self, obj):
        return region_news()

    def item_title(self, item) -> str:
        return f"{item.title} ({item.region_name})"

    def item_description(self, item) -> str:
        return item.intro or item.region_name

    def item_link(self, item) -> str:
        return item.url

    def item_updateddate(self, item):
        return item.first_published_at
