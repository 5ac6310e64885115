"""Alerts on the search page (/suche/), on a region host and on the cross-region portal.

Such an alert stores the search page's own parameters (ADR 0008 names: `q`, `kind`,
`typ`, `berufsfeld`, `beruf`, `zielgruppe`, `vorteil`, `arbeitssprache`, `von`, `bis`,
`ort`, `nahe`, `umkreis`, and on the portal `region`) and is matched by the one query API
(`search.query.search`) with a window on the first publication, so the digest finds exactly
what the search page shows for the same link — also across regions on the portal.

On a region host the search is always limited to that region (as the page without
scope=all); on the portal a stored `region` list limits it to the chosen regions, none means
every active region. Only exact answers count: a relaxed "similar offers" answer or a typo
correction never fills a digest.
"""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from einblick.core.languages import language_names
from einblick.taxonomy.models import Benefit, Occupation, OccupationalField, OfferType, TargetGroup
from search.documents import KIND_LABELS, KINDS
from search.localise import localise, page_language
from search.params import ListField, ParamError, canonical, parse
from search.query import SearchHit, SearchQuery, search
from search.regions import active_region_names
from search.towns import towns_for

from .alerts import BadQuery

LISTS = ("kind", "region", "typ", "berufsfeld", "beruf", "zielgruppe", "vorteil", "arbeitssprache")
SINGLE = ("q", "von", "bis", "ort", "nahe", "umkreis")
PARAMS = LISTS + SINGLE
MAX_VALUES = 20
# The search index is written shortly after a publication (at once with PostgreSQL, by the
# outbox worker with Elasticsearch): a digest looks only at what was first published at
# least this long ago, so nothing slips past its watermark while it waits to be indexed.
INDEX_LAG = dt.timedelta(minutes=10)
TAXONOMY = (
    ("typ", OfferType),
    ("berufsfeld", OccupationalField),
    ("beruf", Occupation),
    ("zielgruppe", TargetGroup),
    ("vorteil", Benefit),
)
KIND_SINGULAR = {
    "offer": gettext_lazy("Angebot"),
    "employer": gettext_lazy("Unternehmen"),
    "event": gettext_lazy("Veranstaltung"),
}
NOUNS = {  # (singular, plural) msgids of the digest's subject
    "offer": ("%(count)s neues Angebot", "%(count)s neue Angebote"),
    "event": ("%(count)s neue Veranstaltung", "%(count)s neue Veranstaltungen"),
    "employer": ("%(count)s neues Unternehmen", "%(count)s neue Unternehmen"),
    "hits": ("%(count)s neuer Treffer", "%(count)s neue Treffer"),
}


def current_region() -> str | None:
    """The region slug of a region host, None on the portal (public schema)."""
    if connection.schema_name == "public":
        return None
    return getattr(getattr(connection, "tenant", None), "slug", None)


def normalise(data) -> dict[str, list[str]]:
    """The alert parameters of a QueryDict/POST under their German names (English aliases
    accepted), comma lists split, empty values dropped; `region` only on the portal."""
    params, _ = canonical(data)
    query = {}
    for name in PARAMS:
        if name == "region" and current_region() is not None:
            continue  # a region host's alert always searches its own region
        raw = [v for v in params.getlist(name) if v and v.strip()]
        values = ListField().to_python(raw) if name in LISTS else [v.strip() for v in raw]
        if values:
            query[name] = values[:MAX_VALUES] if name in LISTS else values[:1]
    return query


def search_query(query: dict) -> SearchQuery:
    """The validated SearchQuery of `query`; BadQuery naming the first broken parameter."""
    data = QueryDict(mutable=True)
    for name, values in query.items():
        data.setlist(name, values)
    region = current_region()
    try:
        parsed = parse(
            data,
            current_region=region,
            known_regions=set(active_region_names()),
            towns=towns_for(region),
        )
    except ParamError as problem:
        raise BadQuery(f"{problem.parameter}: {problem.message}") from None
    if parsed.regions is None:
        parsed.regions = sorted(active_region_names())
    return parsed


def check(query: dict) -> SearchQuery:
    return search_query(query)


def _names(model, slugs: list[str]) -> str:
    found = dict(model.objects.filter(slug__in=slugs).values_list("slug", "name"))
    return ", ".join(str(found.get(slug, slug)) for slug in slugs)


def describe(query: dict) -> str:
    """German description, e.g. „Angebote · Praktikum · Bäcker:in · „Brot“ · Jena, Weimar“."""
    check(query)
    parts = [", ".join(str(KIND_LABELS[k]) for k in query.get("kind", []) if k in KIND_LABELS)]
    parts += [_names(model, query[name]) for name, model in TAXONOMY if query.get(name)]
    if query.get("arbeitssprache"):
        parts.append(
            _("Sprache am Arbeitsplatz:")
            + " "
            + ", ".join(map(str, language_names(query["arbeitssprache"])))
        )
    if query.get("q"):
        parts.append(f"„{query['q'][0]}“")
    if query.get("von") or query.get("bis"):
        start, end = (query.get(name, ["…"])[0] for name in ("von", "bis"))
        parts.append(_("%(start)s bis %(end)s") % {"start": _date(start), "end": _date(end)})
    place = query.get("ort", [""])[0] or (_("in deiner Nähe") if query.get("nahe") else "")
    if place:
        parts.append(f"{place} ({query.get('umkreis', ['25'])[0]} km)")
    if query.get("region"):
        names = active_region_names()
        parts.append(", ".join(names.get(slug, slug) for slug in query["region"]))
    return " · ".join(str(p) for p in parts if p)[:300] or _("Alle neuen Treffer")


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
    except ValueError:
        return value


def kinds(query: dict) -> list[str]:
    return [k for k in query.get("kind", []) if k in KINDS] or list(KINDS)


def noun(query: dict, count: int) -> str:
    """„1 neues Angebot“, „3 neue Treffer“ … for the digest's subject (active language)."""
    chosen = kinds(query)
    forms = NOUNS[chosen[0]] if len(chosen) == 1 else NOUNS["hits"]
    return ngettext(forms[0], forms[1], count) % {"count": count}


def new_items(query: dict, since, now, limit: int) -> tuple[list[dict], int]:
    """(at most `limit` new hits as digest items, how many there are in all), first published
    in (since, now - INDEX_LAG]. A filter that no longer holds matches nothing."""
    try:
        parsed = search_query(query)
    except BadQuery:
        return [], 0
    parsed.kinds = kinds(query)
    parsed.published_after = since
    parsed.published_before = now - INDEX_LAG
    parsed.sort, parsed.page, parsed.page_size = "date", 1, limit
    parsed.with_facets, parsed.correct = False, False
    result = search(parsed)
    if not result.exact or not result.results:
        return [], 0
    # The digest is rendered in the subscriber's language: English links and titles where
    # the offer has them, and offer types by their name in that language.
    localise(result.results, page_language(translation.get_language()))
    types = _type_labels({hit.offer_type for hit in result.results} - {""})
    name_region = len(parsed.regions) > 1
    return [_item(hit, name_region, types) for hit in result.results], result.count


def _type_labels(slugs: set[str]) -> dict[str, str]:
    if not slugs:
        return {}
    return {entry.slug: entry.label for entry in OfferType.objects.filter(slug__in=slugs)}


def _item(hit: SearchHit, name_region: bool, types: dict[str, str]) -> dict:
    kind = types.get(hit.offer_type) or (hit.extra or {}).get("type_name")
    line = [kind or KIND_SINGULAR.get(hit.kind, ""), hit.employer]
    line.append(hit.region_name if name_region else "")
    return {
        "title": hit.title,
        "url": hit.url,
        "lang": hit.language,
        "line": " · ".join(str(p) for p in line if p),
    }


def watermark(now):
    """Where the next digest starts: what is not yet old enough to be indexed waits."""
    return now - INDEX_LAG


def list_link(query: dict) -> str:
    """Path of the search page showing this filter (the region host's, or the portal's)."""
    base = reverse("search")
    return base + (f"?{urlencode(query, doseq=True)}" if query else "")
