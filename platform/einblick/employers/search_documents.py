"""Employers as search documents. Size never influences ranking (it is not even indexed)."""

from __future__ import annotations

from django.utils.html import strip_tags

from search.documents import SearchDocument
from search.regions import current_region
from search.registry import SearchProvider, register

from .models import Employer


def _queryset():
    return Employer.objects.public().prefetch_related(
        "occupations", "occupational_fields", "benefits"
    )


def employer_document(employer: Employer) -> SearchDocument:
    slug, name = current_region()
    occupations = list(employer.occupations.all())
    fields = list(employer.occupational_fields.all())
    keywords = [o.name for o in occupations]
    keywords += [term for o in occupations for term in (o.search_terms or [])]
    keywords += [f.name for f in fields]
    return SearchDocument(
        region=slug,
        region_name=name,
        kind="employer",
        object_id=employer.pk,
        title=employer.name,
        url=employer.get_url(),
        occupations_text=" · ".join(k for k in keywords if k),
        body="\n".join(b for b in (employer.pitch, strip_tags(employer.philosophy)) if b),
        place=" ".join(p for p in (employer.city, employer.postcode) if p),
        fields=[f.slug for f in fields],
        occupations=[o.slug for o in occupations],
        benefits=[b.slug for b in employer.benefits.all()],
        latitude=employer.latitude,
        longitude=employer.longitude,
        published_at=employer.first_published_at or employer.last_published_at,
        expires_at=employer.expire_at,
        extra={"city": employer.city},
    )


def document_for(pk: int) -> SearchDocument | None:
    employer = _queryset().filter(pk=pk).first()
    return employer_document(employer) if employer else None


def documents_for_region():
    for employer in _queryset().order_by("pk").iterator(chunk_size=500):
        yield employer_document(employer)


def dependents(employer: Employer):
    """Offers carry the employer's name, location and live state; events list it."""
    for pk in employer.offers.values_list("pk", flat=True):
        yield ("offer", pk)
    for pk in employer.events.values_list("pk", flat=True):
        yield ("event", pk)


register(
    SearchProvider(
        kind="employer",
        model=Employer,
        document_for=document_for,
        documents_for_region=documents_for_region,
        dependents=dependents,
        count_for_region=lambda: Employer.objects.public().count(),
    )
)
