"""The digest of alerts: each confirmed, due alert gets one mail with what was first
published since its last check in its list (einblick.engagement.sources), and no mail when
there is nothing new. The same code serves a region's alerts and the portal's.

Each alert is handled in its own transaction with its row locked (`skip_locked`), so two
runs at once never mail the same offers twice; a failed send rolls back and is retried by
the next run.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Q

from . import notifications
from .models import Frequency, SearchAlert
from .sources import source

# The cron service runs hourly; an hour of slack keeps "daily" at about the same time.
GAPS = {
    Frequency.DAILY: dt.timedelta(days=1) - dt.timedelta(hours=1),
    Frequency.WEEKLY: dt.timedelta(days=7) - dt.timedelta(hours=1),
}


def due(now) -> Q:
    """Confirmed alerts whose last digest is at least a day (a week) old, or never sent."""
    when = Q(pk__in=[])
    for frequency, gap in GAPS.items():
        when |= Q(frequency=frequency) & (
            Q(last_sent_at__isnull=True) | Q(last_sent_at__lte=now - gap)
        )
    return Q(confirmed_at__isnull=False) & when


def send_digest(alert, now) -> bool:
    """Mail `alert` what is new (True) or nothing (False); advance its watermark (never back)."""
    adapter = source(alert.source)
    with notifications.in_language(alert):  # item lines and links in the alert's language
        items, total = adapter.new_items(
            alert.query, alert.checked_until, now, notifications.digest_limit()
        )
    if total:
        notifications.digest(alert, items, more=total - len(items))
        alert.last_sent_at = now
    mark = adapter.watermark(now)
    if alert.checked_until is None or mark > alert.checked_until:
        alert.checked_until = mark
    alert.save(update_fields=["checked_until", "last_sent_at"])
    return bool(total)


def send_digests(now, model=SearchAlert) -> tuple[int, int]:
    """(alerts checked, mails sent) of `model` in the current schema."""
    checked = sent = 0
    for pk in model.objects.filter(due(now)).values_list("pk", flat=True):
        with transaction.atomic():
            alert = (
                model.objects.select_for_update(skip_locked=True).filter(due(now), pk=pk).first()
            )
            if alert is None:
                continue
            checked += 1
            sent += send_digest(alert, now)
    return checked, sent
