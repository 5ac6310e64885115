"""Alerts on a region's event calendar ("neue Veranstaltungen") and employer directory
("neue Unternehmen"): the list's own filter parameters, matched in the region schema like
the list itself, with a window on the first publication.

Events: `art` (the calendar's kind filter); only events still to come are mailed.
Employers: `berufsfeld` and `vorteil` (the directory's filters).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from einblick.employers.filters import EmployerFilter
from einblick.employers.models import Employer
from einblick.events.models import EVENT_KINDS, Event
from einblick.pages.routes import list_url

from .alerts import BadQuery

EVENT_LABELS = dict(EVENT_KINDS)


def _first(data, name: str) -> str:
    values = [v.strip() for v in data.getlist(name) if v and v.strip()]
    return values[0] if values else ""


def _window(queryset: QuerySet, since, now) -> QuerySet:
    if since is not None:
        queryset = queryset.filter(first_published_at__gt=since)
    return queryset.filter(first_published_at__lte=now).order_by("first_published_at", "pk")


class EventSource:
    key = "events"
    things, at_new = gettext_lazy("Veranstaltungen"), gettext_lazy("neuen Veranstaltungen")
    params = ("art",)

    def normalise(self, data) -> dict:
        kind = _first(data, "art")  # an unknown kind: the calendar shows every event
        return {"art": [kind]} if kind in EVENT_LABELS else {}

    def describe(self, query: dict) -> str:
        kind = query.get("art", [""])[0]
        if kind and kind not in EVENT_LABELS:
            raise BadQuery(_("Art: „%(kind)s“ gibt es nicht.") % {"kind": kind})
        return str(EVENT_LABELS[kind]) if kind else _("Alle neuen Veranstaltungen")

    def new_items(self, query: dict, since, now, limit: int) -> tuple[list[dict], int]:
        kind = query.get("art", [""])[0]
        if kind and kind not in EVENT_LABELS:
            return [], 0
        events = Event.objects.upcoming(now)
        events = _window(events.filter(kind=kind) if kind else events, since, now)
        total = events.count()
        return [self._item(event) for event in events[:limit]], total

    def _item(self, event: Event) -> dict:
        start = timezone.localtime(event.start).strftime("%d.%m.%Y, %H:%M Uhr")
        line = " · ".join(str(p) for p in (event.get_kind_display(), start, event.venue) if p)
        return {"title": event.title, "path": event.get_url() or "/", "line": line}

    def noun(self, query: dict, count: int) -> str:
        return ngettext("%(count)s neue Veranstaltung", "%(count)s neue Veranstaltungen", count) % {
            "count": count
        }

    def watermark(self, now):
        return now

    def list_link(self, query: dict) -> str:
        return list_url("events") + (f"?{urlencode(query, doseq=True)}" if query else "")


class EmployerSource:
    key = "employers"
    things, at_new = gettext_lazy("Unternehmen"), gettext_lazy("neuen Unternehmen")
    params = ("berufsfeld", "vorteil")

    def normalise(self, data) -> dict:
        return {name: [_first(data, name)] for name in self.params if _first(data, name)}

    def _filter(self, query: dict, now=None) -> EmployerFilter:
        data = {name: values[0] for name, values in query.items()}
        employers = EmployerFilter(data, queryset=Employer.objects.public(now))
        employers.form.is_valid()
        return employers

    def describe(self, query: dict) -> str:
        form = self._filter(query).form
        for name, errors in form.errors.items():
            raise BadQuery(f"{form.fields[name].label}: {' '.join(errors)}")
        chosen = [str(form.cleaned_data[n].name) for n in self.params if form.cleaned_data.get(n)]
        return " · ".join(map(str, chosen)) or _("Alle neuen Unternehmen")

    def new_items(self, query: dict, since, now, limit: int) -> tuple[list[dict], int]:
        """The directory's own filter (EmployerFilter), then the publication window."""
        employers = self._filter(query, now)
        if employers.form.errors:
            return [], 0
        employers.qs  # noqa: B018  (filters; `matching` is the filtered set before ordering)
        matching = _window(
            Employer.objects.filter(pk__in=employers.matching.values("pk")), since, now
        )
        total = matching.count()
        items = [
            {"title": e.name, "path": e.get_url() or "/", "line": e.pitch} for e in matching[:limit]
        ]
        return items, total

    def noun(self, query: dict, count: int) -> str:
        return ngettext("%(count)s neues Unternehmen", "%(count)s neue Unternehmen", count) % {
            "count": count
        }

    def watermark(self, now):
        return now

    def list_link(self, query: dict) -> str:
        return list_url("employers") + (f"?{urlencode(query, doseq=True)}" if query else "")
