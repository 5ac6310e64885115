"""Events as search documents; a past event leaves the results when it ends."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.html import strip_tags

from einblick.core.indexing import register_documents, snippet_document
from search.documents import SearchDocument

from .models import Event


def _queryset():
    return Event.objects.upcoming().prefetch_related("employers", "target_groups")


def event_document(event: Event) -> SearchDocument:
    ends = event.end or (event.start + dt.timedelta(hours=12))
    expires = min(m for m in (ends, event.expire_at) if m is not None)
    employers = [e.name for e in event.employers.all() if e.live]
    return snippet_document(
        event,
        "event",
        title=event.title,
        subtitle=event.venue,
        occupations_text=" · ".join([event.get_kind_display(), *employers]),
        body=strip_tags(event.description),
        place=" ".join(p for p in (event.venue, event.city, event.postcode) if p),
        target_groups=[t.slug for t in event.target_groups.all()],
        period_start=timezone.localdate(event.start),
        period_end=timezone.localdate(event.end) if event.end else timezone.localdate(event.start),
        latitude=event.latitude,
        longitude=event.longitude,
        expires_at=expires,
        extra={
            "city": event.city,
            "event_kind": event.kind,
            "start": event.start.isoformat(),
        },
    )


register_documents("event", Event, _queryset, event_document)
