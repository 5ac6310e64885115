"""RSS 2.0 and Atom feeds of a region's offers, events and news (Django's syndication framework).

The offer feed takes the list page's filters (ADR 0008: `typ`, `berufsfeld`, `zielgruppe`,
`vorteil`, `zeitraum`, `von`, `bis`) through the same `OfferFilter`; a broken parameter is
answered with 400 and a German message naming it, since a feed reader cannot show form errors.
Only `public()` rows and live public pages are listed, newest first.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import HttpRequest, HttpResponseBadRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator

from einblick.events.models import Event
from einblick.offers.filters import OfferFilter
from einblick.offers.views import offer_filter
from einblick.pages.models import NewsIndexPage, NewsPage
from einblick.pages.routes import list_url

ITEMS = 50
SUMMARY_WORDS = 60


def _region_name(request) -> str:
    region = getattr(request, "tenant", None)
    return getattr(region, "name", "") or "Einblick"


def _summary(html: str) -> str:
    return Truncator(strip_tags(html or "")).words(SUMMARY_WORDS)


@dataclass(frozen=True)
class FeedRequest:
    """What one request asks of a feed (feed instances are shared between requests)."""

    request: HttpRequest
    filters: OfferFilter | None = None


class RegionFeed(Feed):
    """A feed of the requesting region; subclasses name their list page and items."""

    feed_type = Rss201rev2Feed
    kind_label = ""

    def get_object(self, request, *args, **kwargs) -> FeedRequest:
        return FeedRequest(request)

    def title(self, obj: FeedRequest) -> str:
        return f"{self.kind_label} – {_region_name(obj.request)}"

    def description(self, obj: FeedRequest) -> str:
        return f"Neue {self.kind_label} auf dem Portal {_region_name(obj.request)}"

    def subtitle(self, obj: FeedRequest) -> str:
        return self.description(obj)

    def item_link(self, item) -> str:
        return item.get_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.updated_at


def filter_errors(form) -> HttpResponseBadRequest:
    problems = "; ".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items())
    return HttpResponseBadRequest(
        f"Ungültiger Filter – {problems}", content_type="text/plain; charset=utf-8"
    )


class OfferFeed(RegionFeed):
    kind_label = "Angebote"

    def __call__(self, request, *args, **kwargs):
        filters = offer_filter(request)
        if filters.is_bound and not filters.form.is_valid():
            return filter_errors(filters.form)
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs) -> FeedRequest:
        return FeedRequest(request, offer_filter(request))

    def link(self, obj: FeedRequest) -> str:
        return list_url("offers", **obj.request.GET.dict())

    def items(self, obj: FeedRequest):
        newest = F("first_published_at").desc(nulls_last=True)
        return obj.filters.qs.order_by(newest, "-pk")[:ITEMS]

    def item_title(self, item) -> str:
        return f"{item.title} – {item.employer.name}"

    def item_description(self, item) -> str:
        return _summary(item.description) or item.offer_type.label

    def item_categories(self, item):
        return [item.offer_type.label, *(f.label for f in item.occupational_fields.all())]


class EventFeed(RegionFeed):
    kind_label = "Veranstaltungen"

    def link(self, obj: FeedRequest) -> str:
        return list_url("events")

    def items(self, obj: FeedRequest):
        return Event.objects.upcoming().order_by("start")[:ITEMS]

    def item_title(self, item) -> str:
        start = timezone.localtime(item.start)
        return f"{item.title} ({start:%d.%m.%Y, %H:%M} Uhr)"

    def item_description(self, item) -> str:
        return _summary(item.description) or item.venue


class NewsFeed(RegionFeed):
    kind_label = "Nachrichten"

    def link(self, obj: FeedRequest) -> str:
        index = NewsIndexPage.objects.live().public().first()
        return index.url if index else "/"

    def items(self, obj: FeedRequest):
        news = NewsPage.objects.live().public().filter(locale__language_code="de")  # not /en/
        return news.order_by("-date", "-pk")[:ITEMS]

    def item_description(self, item) -> str:
        return item.intro

    def item_link(self, item) -> str:
        return item.url

    def item_updateddate(self, item):
        return item.last_published_at


def atom(feed_class):
    """The Atom variant of a feed class."""
    return type(f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": Atom1Feed})
