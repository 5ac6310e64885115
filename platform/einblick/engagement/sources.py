"""Which list an alert watches: its `source` names the adapter that reads, describes and
matches its filter. Every adapter offers `params`, `normalise(data)`, `describe(query)`
(BadQuery for a broken filter), `new_items(query, since, now, limit)`, `noun(query, n)`,
`watermark(now)`, `list_link(query)`, and the German words `things` ("Angebote") and
`at_new` ("neuen Angeboten").

- offers: the region's offer list (`einblick.engagement.alerts`, OfferFilter)
- search: the search page, region host or portal (`einblick.engagement.search_alerts`)
- events / employers: the region's calendar and directory (`listing_alerts`)
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy, ngettext

from . import alerts, search_alerts
from .listing_alerts import EmployerSource, EventSource


class OfferSource:
    key = "offers"
    things, at_new = gettext_lazy("Angebote"), gettext_lazy("neuen Angeboten")
    params = alerts.PARAMS

    def normalise(self, data) -> dict:
        return alerts.normalise(data)

    def describe(self, query: dict) -> str:
        return alerts.describe(query)

    def new_items(self, query: dict, since, now, limit: int) -> tuple[list[dict], int]:
        return alerts.new_items(query, since, now, limit)

    def noun(self, query: dict, count: int) -> str:
        return ngettext("%(count)s neues Angebot", "%(count)s neue Angebote", count) % {
            "count": count
        }

    def watermark(self, now):
        return now

    def list_link(self, query: dict) -> str:
        return alerts.list_link(query)


class SearchSource:
    key = "search"
    things, at_new = gettext_lazy("Treffer"), gettext_lazy("neuen Treffern")
    params = search_alerts.PARAMS

    def normalise(self, data) -> dict:
        return search_alerts.normalise(data)

    def describe(self, query: dict) -> str:
        return search_alerts.describe(query)

    def new_items(self, query: dict, since, now, limit: int) -> tuple[list[dict], int]:
        return search_alerts.new_items(query, since, now, limit)

    def noun(self, query: dict, count: int) -> str:
        return search_alerts.noun(query, count)

    def watermark(self, now):
        return search_alerts.watermark(now)

    def list_link(self, query: dict) -> str:
        return search_alerts.list_link(query)


SOURCES = {s.key: s for s in (OfferSource(), SearchSource(), EventSource(), EmployerSource())}
# The portal (public schema) has no region lists: only its search page.
PORTAL_SOURCES = ("search",)


def source(key: str):
    """The adapter of `key`; KeyError for an unknown one."""
    return SOURCES[key]
