"""When a region's pages change by themselves: the next expiry, event start or event end.

Registered with the page cache (tenants.pagecache.register_schedule): a cached page lives no
longer than until that moment, and the first request after it moves the region's content
version, so an offer disappears on its expiry without anyone saving anything. Changes by
date (an offer's end date) follow from the local date in every page-cache key.
"""

from django.db.models import Min, Q

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer
from tenants.utils import is_public_schema


def next_change(now):
    """The earliest scheduled change after `now` in the current region, or None."""
    if is_public_schema():
        return None
    moments = [
        Offer.objects.filter(live=True).aggregate(m=Min("expire_at", filter=Q(expire_at__gt=now)))[
            "m"
        ],
        Employer.objects.filter(live=True).aggregate(
            m=Min("expire_at", filter=Q(expire_at__gt=now))
        )["m"],
        *Event.objects.filter(live=True)
        .aggregate(
            expire=Min("expire_at", filter=Q(expire_at__gt=now)),
            start=Min("start", filter=Q(start__gt=now)),
            end=Min("end", filter=Q(end__gt=now)),
        )
        .values(),
    ]
    moments = [m for m in moments if m is not None]
    return min(moments) if moments else None
