"""Offers as search documents (search never imports domain models; this adapter feeds it)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.html import strip_tags

from einblick.core.indexing import register_documents, snippet_document
from einblick.taxonomy.searching import occupation_keywords
from search.documents import SearchDocument

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
    street, postcode, city, lat, lon = offer.effective_location()
    occupations = list(offer.occupations.all())
    fields = list(offer.occupational_fields.all())
    offer_type = offer.offer_type
    keywords = occupation_keywords(occupations, fields) + [offer_type.name, offer_type.name_plural]
    season = offer.get_season_display() if offer.season else ""  # "in den Osterferien" boosts
    english = [offer.title_en, offer.summary_en, strip_tags(offer.description_en)]
    body = [strip_tags(offer.description), offer.tasks, offer.people, offer.hours, season]
    body += english  # the company's English translation: English queries find the offer
    return snippet_document(
        offer,
        "offer",
        title=offer.title,
        subtitle=offer.employer.name,
        occupations_text=" · ".join(k for k in keywords if k),
        body="\n".join(b for b in body if b),
        place=" ".join(p for p in (city, postcode) if p),
        offer_type=offer_type.slug,
        fields=[f.slug for f in fields],
        occupations=[o.slug for o in occupations],
        target_groups=[t.slug for t in offer.target_groups.all()],
        benefits=[b.slug for b in offer.employer.benefits.all()],
        languages=list(offer.work_languages),  # the filter "English spoken"
        period_start=offer.start_date,
        period_end=offer.end_date,
        latitude=lat,
        longitude=lon,
        expires_at=earliest(offer.expire_at, day_end(offer.end_date), offer.employer.expire_at),
        extra={
            "city": city,
            "type_name": offer_type.name,
            "season": season,
            "period_kind": offer.period_kind,
            "title_en": offer.title_en,
            "summary_en": offer.summary_en,
            "work_languages": list(offer.work_languages),
            "german_level": offer.german_level,
        },
    )


register_documents("offer", Offer, _queryset, offer_document)
