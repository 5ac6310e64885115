"""Public offer querysets shaped for listing and detail pages (no N+1)."""

from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce

from einblick.employers.models import Employer
from einblick.taxonomy.models import OccupationalField

from .models import Offer


def offer_cards(qs=None):
    """Public offers with everything a teaser card shows, in a constant number of queries."""
    qs = Offer.objects.public() if qs is None else qs
    return qs.select_related("offer_type", "employer", "image").prefetch_related(
        "image__renditions",
        Prefetch("occupational_fields", queryset=OccupationalField.objects.order_by("sort_order")),
    )


def offer_detail_queryset():
    """Public offers with every relation the detail page and its JSON-LD render."""
    return (
        Offer.objects.public()
        .select_related("offer_type", "employer", "employer__logo", "image")
        .prefetch_related(
            "image__renditions",
            "occupational_fields",
            "occupations",
            "target_groups",
            "school_levels",
            "employer__benefits",
        )
    )


def with_offer_counts(qs):
    """Annotate `public_offer_count` in the same query (a correlated subquery)."""
    counts = (
        Offer.objects.public()
        .filter(employer=OuterRef("pk"))
        .order_by()
        .values("employer")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return qs.annotate(public_offer_count=Coalesce(Subquery(counts), 0))


def employer_cards(qs=None):
    """Public employers with what a card shows (logo renditions, Berufsfelder, offer count)."""
    qs = Employer.objects.public() if qs is None else qs
    return with_offer_counts(
        qs.select_related("logo").prefetch_related(
            "logo__renditions",
            Prefetch(
                "occupational_fields", queryset=OccupationalField.objects.order_by("sort_order")
            ),
        )
    )
