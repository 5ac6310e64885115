"""Public employer querysets: A–Z or a stable daily shuffle, never ordered by size."""

import datetime

from django.db.models import CharField, Count, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import MD5, Cast, Coalesce, Concat
from django.utils import timezone

from einblick.taxonomy.models import OccupationalField

from .models import Employer


def daily_seed(day: datetime.date | None = None) -> str:
    """Changes once a day, so the shuffled order is stable for a visitor's session."""
    return (day or timezone.localdate()).isoformat()


def shuffled(qs, seed: str):
    """Order by a hash of id and seed: deterministic for the seed, unrelated to size or name."""
    key = MD5(Concat(Cast("id", CharField()), Value(f":{seed}")))
    return qs.annotate(shuffle_key=key).order_by("shuffle_key", "id")


def with_offer_counts(qs):
    """Annotate `public_offer_count` in the same query (a correlated subquery)."""
    from einblick.offers.models import Offer

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


def initial(name: str) -> str:
    """The A–Z letter an employer is listed under (umlauts with their base letter, digits as #)."""
    first = (name.strip()[:1] or "#").upper()
    first = {"Ä": "A", "Ö": "O", "Ü": "U"}.get(first, first)
    return first if "A" <= first <= "Z" else "#"
