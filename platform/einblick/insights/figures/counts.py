"""Counted views, clicks, searches and widget impressions of a period (DailyCount rows)."""

import datetime

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth

from einblick.employers.models import Employer
from einblick.offers.models import Offer

from ..models import DailyCount
from ..period import Period

TOP = 10
MONTHS = "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez".split()


def _rows(period: Period, kind: str, **filters):
    return DailyCount.objects.filter(
        day__gte=period.start, day__lte=period.end, kind=kind, **filters
    )


def total(period: Period, kind: str, **filters) -> int:
    return _rows(period, kind, **filters).aggregate(n=Sum("count"))["n"] or 0


def schools_reached(period: Period) -> int:
    """Distinct websites (schools) that showed a widget or school button in the period."""
    hosts = DailyCount.objects.filter(
        day__gte=period.start,
        day__lte=period.end,
        kind__in=("embed_view", "embed_click"),
        subject_type="host",
    )
    return hosts.values("key").distinct().count()


def embed_hosts(period: Period, limit: int = 25) -> list[tuple[str, int, int]]:
    """(website, impressions, click-throughs) of school buttons and widgets per embedding
    host name, most impressions first."""
    rows = (
        _rows(period, "embed_view", subject_type="host")
        .union(_rows(period, "embed_click", subject_type="host"), all=True)
        .values_list("key", "kind", "count")
    )
    sums: dict[str, list[int]] = {}
    for host, kind, n in rows:
        sums.setdefault(host, [0, 0])[0 if kind == "embed_view" else 1] += n
    ranked = sorted(sums.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
    return [(host, views, clicks) for host, (views, clicks) in ranked[:limit]]


def embeds_counted() -> bool:
    return DailyCount.objects.filter(kind__in=("embed_view", "embed_click")).exists()


def _top(period: Period, subject_type: str, model, name_field: str) -> list[tuple[str, int]]:
    ranked = (
        _rows(period, "view", subject_type=subject_type)
        .values("subject_id")
        .annotate(n=Sum("count"))
        .order_by("-n", "subject_id")[:TOP]
    )
    names = dict(
        model.objects.filter(pk__in=[r["subject_id"] for r in ranked]).values_list("pk", name_field)
    )
    return [(names.get(r["subject_id"], "(gelöscht)"), r["n"]) for r in ranked]


def top_offers(period: Period) -> list[tuple[str, int]]:
    return _top(period, "offer", Offer, "title")


def top_employers(period: Period) -> list[tuple[str, int]]:
    return _top(period, "employer", Employer, "name")


def zero_result_searches(period: Period, limit: int = 25) -> list[tuple[str, int]]:
    ranked = (
        _rows(period, "search_zero")
        .values("key")
        .annotate(n=Sum("count"))
        .order_by("-n", "key")[:limit]
    )
    return [(r["key"], r["n"]) for r in ranked]


def views_over_time(period: Period) -> list[tuple[str, int]]:
    """Page views per day (periods up to 31 days) or per month, gaps filled with 0."""
    rows = _rows(period, "view")
    if period.days <= 31:
        counts = dict(rows.values("day").annotate(n=Sum("count")).values_list("day", "n"))
        days = [period.start + datetime.timedelta(days=i) for i in range(period.days)]
        return [(f"{d:%d.%m.}", counts.get(d, 0)) for d in days]
    counts = dict(
        rows.annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(n=Sum("count"))
        .values_list("month", "n")
    )
    months, cursor = [], period.start.replace(day=1)
    while cursor <= period.end:
        months.append(cursor)
        cursor = (cursor + datetime.timedelta(days=32)).replace(day=1)
    return [(f"{MONTHS[m.month - 1]} {m:%y}", counts.get(m, 0)) for m in months]


def distinct_queries(period: Period) -> int:
    return _rows(period, "search").aggregate(n=Count("key", distinct=True))["n"]
