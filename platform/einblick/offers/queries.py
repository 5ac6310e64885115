"""Public offer querysets shaped for listing and detail pages (no N+1)."""

from django.db.models import Prefetch

from einblick.taxonomy.models import OccupationalField

from .models import Offer


def offer_cards(qs=None):
    """Public offers with everything a teaser card shows, in a constant number of queries."""
    qs = Offer.objects.public() if qs is None else qs
    return qs.select_related("offer_type", "employer").prefetch_related(
        Prefetch("occupational_fields", queryset=OccupationalField.objects.order_by("sort_order"))
    )


def offer_detail_queryset():
    """Public offers with every relation the detail page and its JSON-LD render."""
    return (
        Offer.objects.public()
        .select_related("offer_type", "employer", "employer__logo")
        .prefetch_related(
            "occupational_fields",
            "occupations",
            "target_groups",
            "school_levels",
            "employer__benefits",
        )
    )
