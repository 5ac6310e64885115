"""Public employer querysets: A–Z or a stable daily shuffle, never ordered by size."""

import datetime

from django.db.models import Case, CharField, Count, F, Func, IntegerField, Value, When
from django.db.models.functions import MD5, Cast, Concat, Left, Lower, Trim, Upper
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


def with_initial(qs):
    """Annotate `az_letter`, the letter of `initial(name)`, computed by the database."""
    first = Func(
        Left(Trim("name"), 1),
        Value("äöüÄÖÜ"),
        Value("AOUAOU"),
        function="translate",
        output_field=CharField(),
    )
    return qs.annotate(az_first=Upper(first)).annotate(
        az_letter=Case(
            When(az_first__regex=r"^[A-Z]$", then=F("az_first")),
            default=Value("#"),
            output_field=CharField(),
        )
    )


def alphabetical(qs):
    """A–Z by `initial(name)`, then by name; names starting with a digit or sign last (#)."""
    last = Case(When(az_letter="#", then=1), default=0, output_field=IntegerField())
    return with_initial(qs).order_by(last, "az_letter", Lower("name"), "pk")


def letter_counts(qs) -> dict[str, int]:
    """How many employers of `qs` each A–Z letter has (one query, letters in list order)."""
    rows = with_initial(qs).order_by().values("az_letter").annotate(n=Count("pk", distinct=True))
    counts = {row["az_letter"]: row["n"] for row in rows if row["n"]}
    ordered = sorted(counts, key=lambda letter: (letter == "#", letter))
    return {letter: counts[letter] for letter in ordered}
