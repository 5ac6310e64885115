"""Demo counts: twelve months, seeded, written once."""

import datetime

from django.db.models import Max, Min

from einblick.insights.models import DailyCount
from einblick.insights.seeding import seed_counts
from tests import factories

TODAY = datetime.date(2026, 12, 1)


def test_seed_writes_twelve_months_once_and_deterministically(jena):
    offer = factories.offer("Praktikum Optik")

    written = seed_counts(2026, TODAY)
    first = list(DailyCount.objects.order_by("day", "kind", "subject_type", "subject_id", "key")
                 .values_list("day", "kind", "subject_id", "key", "count"))  # fmt: skip
    again = seed_counts(2026, TODAY)

    span = DailyCount.objects.aggregate(first=Min("day"), last=Max("day"))
    assert written == len(first) > 365
    assert again == 0
    assert (span["first"], span["last"]) == (
        datetime.date(2025, 12, 1),
        datetime.date(2026, 11, 30),
    )
    assert DailyCount.objects.filter(
        kind="view", subject_type="offer", subject_id=offer.pk
    ).exists()
    DailyCount.objects.all().delete()
    seed_counts(2026, TODAY)
    assert list(DailyCount.objects.order_by("day", "kind", "subject_type", "subject_id", "key")
                .values_list("day", "kind", "subject_id", "key", "count")) == first  # fmt: skip
