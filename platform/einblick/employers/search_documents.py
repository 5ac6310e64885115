"""Employers as search documents. Size never influences ranking (it is not even indexed)."""

from __future__ import annotations

from django.utils.html import strip_tags

from einblick.core.indexing import register_documents, snippet_document
from einblick.taxonomy.searching import occupation_keywords
from search.documents import SearchDocument

from .models import Employer


def _queryset():
    return Employer.objects.public().prefetch_related(
        "occupations", "occupational_fields", "benefits"
    )


def employer_document(employer: Employer) -> SearchDocument:
    occupations = list(employer.occupations.all())
    fields = list(employer.occupational_fields.all())
    keywords = occupation_keywords(occupations, fields)
    return snippet_document(
        employer,
        "employer",
        title=employer.name,
        occupations_text=" · ".join(k for k in keywords if k),
        body="\n".join(b for b in (employer.pitch, strip_tags(employer.philosophy)) if b),
        place=" ".join(p for p in (employer.city, employer.postcode) if p),
        fields=[f.slug for f in fields],
        occupations=[o.slug for o in occupations],
        benefits=[b.slug for b in employer.benefits.all()],
        latitude=employer.latitude,
        longitude=employer.longitude,
        expires_at=employer.expire_at,
        extra={"city": employer.city},
    )


def dependents(employer: Employer):
    """Offers carry the employer's name, location and live state; events list it."""
    for pk in employer.offers.values_list("pk", flat=True):
        yield ("offer", pk)
    for pk in employer.events.values_list("pk", flat=True):
        yield ("event", pk)


register_documents("employer", Employer, _queryset, employer_document, dependents=dependents)
