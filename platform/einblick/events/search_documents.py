"""Events as search documents; a past event leaves the results when it ends."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.html import strip_tags

from search.documents import SearchDocument
from search.regions import current_region
from search.registry import SearchProvider, register

from .models import Event


def _queryset():
    return Event.objects.upcoming().prefetch_related("employers", "target_groups")


def event_document(event: Event) -> SearchDocument:
    slug, name = current_region()
    ends = event.end or (event.start + dt.timedelta(hours=12))
    expires = min(m for m in (ends, event.expire_at) if m is not None)
    employers = [e.name for e in event.employers.all() if e.live]
    return SearchDocument(
        region=slug,
        region_name=name,
        kind="event",
        object_id=event.pk,
        title=event.title,
        url=event.get_url(),
        subtitle=event.venue,
        occupations_text=" · ".join([event.get_kind_display(), *employers]),
        body=strip_tags(event.description),
        place=" ".join(p for p in (event.venue, event.city, event.postcode) if p),
        target_groups=[t.slug for t in event.target_groups.all()],
        period_start=timezone.localdate(event.start),
        period_end=timezone.localdate(event.end) if event.end else timezone.localdate(event.start),
        latitude=event.latitude,
        longitude=event.longitude,
        published_at=event.first_published_at or event.last_published_at,
        expires_at=expires,
        extra={
            "city": event.city,
            "event_kind": event.kind,
            "start": event.start.isoformat(),
        },
    )


def document_for(pk: int) -> SearchDocument | None:
    event = _queryset().filter(pk=pk).first()
    return event_document(event) if event else None


def documents_for_region():
    for event in _queryset().order_by("pk").iterator(chunk_size=500):
        yield event_document(event)


register(
    SearchProvider(
        kind="event",
        model=Event,
        document_for=document_for,
        documents_for_region=documents_for_region,
        count_for_region=lambda: Event.objects.upcoming().count(),
    )
)
