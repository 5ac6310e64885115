"""Offers as search documents (search never imports domain models; this adapter feeds it)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.html import strip_tags

from search.documents import SearchDocument
from search.regions import current_region
from search.registry import SearchProvider, register, register_label_provider

from .models import Offer


def day_end(day: dt.date | None) -> dt.datetime | None:
    """The moment a day is over in the site's time zone (an end date is inclusive)."""
    if day is None:
        return None
    return timezone.make_aware(dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min))


def earliest(*moments):
    present = [m for m in moments if m is not None]
    return min(present) if present else None


def _queryset():
    return (
        Offer.objects.public()
        .select_related("offer_type", "employer")
        .prefetch_related(
            "occupations",
            "occupational_fields",
            "target_groups",
            "employer__benefits",
        )
    )


def offer_document(offer: Offer) -> SearchDocument:
    slug, name = current_region()
    street, postcode, city, lat, lon = offer.effective_location()
    occupations = list(offer.occupations.all())
    fields = list(offer.occupational_fields.all())
    offer_type = offer.offer_type
    keywords = [o.name for o in occupations]
    keywords += [term for o in occupations for term in (o.search_terms or [])]
    keywords += [f.name for f in fields] + [offer_type.name, offer_type.name_plural]
    body = [strip_tags(offer.description), offer.tasks, offer.people, offer.hours]
    return SearchDocument(
        region=slug,
        region_name=name,
        kind="offer",
        object_id=offer.pk,
        title=offer.title,
        url=offer.get_url(),
        subtitle=offer.employer.name,
        occupations_text=" · ".join(k for k in keywords if k),
        body="\n".join(b for b in body if b),
        place=" ".join(p for p in (city, postcode) if p),
        offer_type=offer_type.slug,
        fields=[f.slug for f in fields],
        occupations=[o.slug for o in occupations],
        target_groups=[t.slug for t in offer.target_groups.all()],
        benefits=[b.slug for b in offer.employer.benefits.all()],
        period_start=offer.start_date,
        period_end=offer.end_date,
        latitude=lat,
        longitude=lon,
        published_at=offer.first_published_at or offer.last_published_at,
        expires_at=earliest(offer.expire_at, day_end(offer.end_date), offer.employer.expire_at),
        extra={
            "city": city,
            "type_name": offer_type.name,
            "season": offer.get_season_display() if offer.season else "",
            "period_kind": offer.period_kind,
        },
    )


def document_for(pk: int) -> SearchDocument | None:
    offer = _queryset().filter(pk=pk).first()
    return offer_document(offer) if offer else None


def documents_for_region():
    for offer in _queryset().order_by("pk").iterator(chunk_size=500):
        yield offer_document(offer)


def taxonomy_labels(facet: str, slugs: list[str]) -> dict[str, str]:
    from einblick.taxonomy.models import (
        Benefit,
        Occupation,
        OccupationalField,
        OfferType,
        TargetGroup,
    )

    model = {
        "type": OfferType,
        "field": OccupationalField,
        "occupation": Occupation,
        "target": TargetGroup,
        "benefit": Benefit,
    }.get(facet)
    if model is None or not slugs:
        return {}
    return dict(model.objects.filter(slug__in=slugs).values_list("slug", "name"))


register(
    SearchProvider(
        kind="offer",
        model=Offer,
        document_for=document_for,
        documents_for_region=documents_for_region,
        count_for_region=lambda: Offer.objects.public().count(),
    )
)
register_label_provider(taxonomy_labels)
