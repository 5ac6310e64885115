"""Counted impressions and click-throughs of embeds (insights DailyCount rows: subject
"host", id = embed, key = referring host), for the embed listing and the builder page.
The portal's embeds read the same shape from `PublicDailyCount` (public schema)."""

import datetime

from django.db.models import IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from einblick.insights.models import DailyCount
from einblick.insights.public.models import PublicDailyCount
from tenants.utils import is_public_schema

DAYS = 30


def _since(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days - 1)


def counts():
    """The count table of the current schema."""
    return PublicDailyCount.objects if is_public_schema() else DailyCount.objects


def _sum(kind: str, days: int):
    rows = (
        counts()
        .filter(kind=kind, subject_type="host", subject_id=OuterRef("pk"), day__gte=_since(days))
        .values("subject_id")
        .annotate(n=Sum("count"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def with_counts(queryset, days: int = DAYS):
    """Embeds annotated with `views` and `clicks` of the last `days` days."""
    return queryset.annotate(views=_sum("embed_view", days), clicks=_sum("embed_click", days))


def hosts_of(embed, days: int = DAYS) -> list[tuple[str, int, int]]:
    """(host, impressions, click-throughs) of one embed, most impressions first."""
    rows = (
        counts()
        .filter(
            kind__in=("embed_view", "embed_click"),
            subject_type="host",
            subject_id=embed.pk,
            day__gte=_since(days),
        )
        .values_list("key", "kind", "count")
    )
    sums: dict[str, list[int]] = {}
    for host, kind, n in rows:
        sums.setdefault(host, [0, 0])[0 if kind == "embed_view" else 1] += n
    ranked = sorted(sums.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
    return [(host, views, clicks) for host, (views, clicks) in ranked]
