"""Search alerts: which filter an alert holds, how it reads, and which offers are new for it.

An alert stores the offer list's own parameters (ADR 0008 names, e.g. `typ`, `berufsfeld`,
`q`, `ort`); matching runs them through the list's `OfferFilter`, so an alert finds exactly
what the list shows for the same link.
"""

from __future__ import annotations

from datetime import datetime

from django.db import connection
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from einblick.core.languages import language_names
from einblick.offers.filters import OfferFilter
from einblick.offers.models import Offer
from einblick.offers.queries import offer_cards
from einblick.offers.templatetags.offer_tags import period_label
from einblick.pages.routes import list_url
from search.towns import towns_for

# Parameters an alert keeps: every filter of the list, not the order or the page.
PARAMS = tuple(name for name in OfferFilter.base_filters if name != "sort")
MULTI = ("typ", "berufsfeld", "zielgruppe", "schulstufe", "vorteil", "arbeitssprache")
MAX_VALUES = 20


class BadQuery(ValueError):
    """The filter of an alert is broken; the message names the parameter (German)."""


def _towns() -> list[dict]:
    tenant = getattr(connection, "tenant", None)
    slug = None if connection.schema_name == "public" else getattr(tenant, "slug", None)
    return towns_for(slug)


def normalise(data) -> dict[str, list[str]]:
    """The alert parameters of a QueryDict/POST (empty values dropped, values as lists)."""
    query = {}
    for name in PARAMS:
        values = [v.strip() for v in data.getlist(name) if v and v.strip()][:MAX_VALUES]
        if values:
            query[name] = values if name in MULTI else values[:1]
    return query


def offer_filter(query: dict, queryset=None) -> OfferFilter:
    data = QueryDict(mutable=True)
    for name, values in query.items():
        data.setlist(name, values)
    queryset = offer_cards() if queryset is None else queryset
    return OfferFilter(data or None, queryset=queryset, towns=_towns())


def check(query: dict) -> OfferFilter:
    """The filter for `query`; BadQuery naming the first broken parameter."""
    filters = offer_filter(query)
    if filters.is_bound and not filters.form.is_valid():
        name, errors = next(iter(filters.form.errors.items()))
        label = filters.form.fields[name].label if name in filters.form.fields else name
        raise BadQuery(f"{label}: {' '.join(errors)}")
    return filters


def describe(query: dict) -> str:
    """A German description of the filter, e.g. „Ferienjob, IT · „Lager“ · in Jena (25 km)“."""
    if not query:
        return _("Alle neuen Angebote")
    filters = check(query)
    values = filters.form.cleaned_data
    parts = []
    for name in MULTI:
        chosen = values.get(name)
        if chosen and name == "arbeitssprache":
            parts.append(
                _("Sprache am Arbeitsplatz:") + " " + ", ".join(map(str, language_names(chosen)))
            )
        elif chosen:
            parts.append(", ".join(str(obj.name) for obj in chosen))
    if values.get("q"):
        parts.append(f"„{values['q']}“")
    for name in ("zeitraum", "verguetung"):
        if values.get(name):
            parts.append(dict(filters.form.fields[name].choices).get(values[name], values[name]))
    if values.get("von") or values.get("bis"):
        start = values["von"].strftime("%d.%m.%Y") if values.get("von") else "…"
        end = values["bis"].strftime("%d.%m.%Y") if values.get("bis") else "…"
        parts.append(_("%(start)s bis %(end)s") % {"start": start, "end": end})
    place = values.get("ort") or (_("in deiner Nähe") if values.get("nahe") else "")
    if place:
        radius = values.get("umkreis") or 25
        parts.append(f"{'' if values.get('nahe') else _('in') + ' '}{place} ({radius:g} km)")
    return " · ".join(map(str, parts))[:300] or _("Alle neuen Angebote")


def new_offers(query: dict, since: datetime | None, now: datetime) -> QuerySet:
    """Public offers matching `query` first published after `since` (and not after `now`),
    oldest first. A filter that no longer holds (a Berufsfeld the region hides now) matches
    nothing rather than everything."""
    base = Offer.objects.public(now)
    if since is not None:
        base = base.filter(first_published_at__gt=since)
    base = base.filter(first_published_at__lte=now)
    filters = offer_filter(query, offer_cards(base))
    if filters.is_bound and not filters.form.is_valid():
        return Offer.objects.none()
    return filters.qs.order_by("first_published_at", "pk")


def new_items(query: dict, since, now, limit: int) -> tuple[list[dict], int]:
    """(at most `limit` new offers as digest items, how many there are in all)."""
    offers = new_offers(query, since, now)
    total = offers.count()
    return [_item(offer) for offer in offers[:limit]], total


def _item(offer) -> dict:
    """A digest line; in English the company's English title where it gave one."""
    line = [offer.offer_type, offer.employer.name, period_label(offer)]
    english = (get_language() or "de") != "de" and offer.has_english
    return {
        "title": offer.title_en if english else offer.title,
        "lang": "" if english else "de",
        "path": offer.get_url() or "/",
        "line": " · ".join(map(str, line)),
    }


def list_link(query: dict) -> str:
    """Path of the offer list showing this filter."""
    base = list_url("offers")
    return base + (f"?{urlencode(query, doseq=True)}" if query else "")
