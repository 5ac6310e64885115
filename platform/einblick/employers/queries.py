"""Public employer querysets: A–Z or a stable daily shuffle, never ordered by size."""

import datetime

from django.db.models import CharField, Value
from django.db.models.functions import MD5, Cast, Concat
from django.utils import timezone


def daily_seed(day: datetime.date | None = None) -> str:
    """Changes once a day, so the shuffled order is stable for a visitor's session."""
    return (day or timezone.localdate()).isoformat()


def shuffled(qs, seed: str):
    """Order by a hash of id and seed: deterministic for the seed, unrelated to size or name."""
    key = MD5(Concat(Cast("id", CharField()), Value(f":{seed}")))
    return qs.annotate(shuffle_key=key).order_by("shuffle_key", "id")


def initial(name: str) -> str:
    """The A–Z letter an employer is listed under (umlauts with their base letter, digits as #)."""
    first = (name.strip()[:1] or "#").upper()
    first = {"Ä": "A", "Ö": "O", "Ü": "U"}.get(first, first)
    return first if "A" <= first <= "Z" else "#"
