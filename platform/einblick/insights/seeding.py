"""Twelve months of plausible, seeded counts for a demo region (current schema).

Used by `load_demo_content` so the dashboard and the report are not empty. Deterministic
for a seed and a day; writes nothing when the region already has counts (idempotent, and
real counts are never overwritten).
"""

import datetime
import random

from django.db import connection

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer

from .models import DailyCount

DAYS = 365
PAGES = ["/", "/angebote/", "/arbeitgeber/", "/veranstaltungen/", "/suche/"]
QUERIES = ["praktikum", "ferienjob", "ausbildung mechatroniker", "schnuppertag", "pflege",
           "kfz", "informatik", "duales studium", "erzieher", "koch"]  # fmt: skip
GAPS = ["tierpfleger", "fotograf", "goldschmied", "pilot", "tontechnik"]
SCHOOLS = ["www.gymnasium-am-park.example", "www.regelschule-nord.example",
           "www.gemeinschaftsschule-west.example", "www.berufsschule.example"]  # fmt: skip
SEASON = [0.8, 0.9, 1.0, 1.1, 1.0, 0.9, 0.7, 0.8, 1.2, 1.1, 1.0, 0.7]  # Jan..Dec


def _rows(day, rng, weight, offers, employers, events):
    def n(mean):
        return max(0, round(rng.gauss(mean * weight, mean * weight * 0.3)))

    rows = [("view", "page", 0, page, n(mean)) for page, mean in zip(PAGES, (40, 18, 12, 6, 4), strict=True)]  # fmt: skip
    rows += [("view", "offer", pk, "", n(rng.choice((1, 2, 4)))) for pk in offers]
    rows += [("view", "employer", pk, "", n(rng.choice((1, 2, 3)))) for pk in employers]
    rows += [("view", "event", pk, "", n(3)) for pk in events]
    rows += [("click", "offer", pk, "", n(0.3)) for pk in rng.sample(offers, min(5, len(offers)))]
    rows += [("search", "query", 0, q, n(1.5)) for q in rng.sample(QUERIES, 4)]
    gap = rng.choice(GAPS)
    rows += [("search", "query", 0, gap, n(0.6)), ("search_zero", "query", 0, gap, n(0.6))]
    if day.weekday() < 5:
        rows += [("embed_view", "host", 0, h, n(2)) for h in rng.sample(SCHOOLS, 2)]
    return [DailyCount(day=day, kind=k, subject_type=t, subject_id=i, key=key, count=c)
            for k, t, i, key, c in rows if c > 0]  # fmt: skip


def seed_counts(seed: int, today: datetime.date) -> int:
    """Daily counts for the 365 days before `today`; returns the number of rows written."""
    if DailyCount.objects.exists():
        return 0
    offers = list(Offer.objects.public().values_list("pk", flat=True).order_by("pk"))
    employers = list(Employer.objects.public().values_list("pk", flat=True).order_by("pk"))
    events = list(Event.objects.public().values_list("pk", flat=True).order_by("pk"))
    rows = []
    for back in range(DAYS, 0, -1):
        day = today - datetime.timedelta(days=back)
        rng = random.Random(f"{seed}:{connection.schema_name}:{day.isoformat()}")
        weekend = 0.6 if day.weekday() >= 5 else 1.0
        growth = 0.6 + 0.4 * (DAYS - back) / DAYS  # the portal becomes better known
        rows += _rows(day, rng, SEASON[day.month - 1] * weekend * growth, offers, employers,
                      events)  # fmt: skip
    DailyCount.objects.bulk_create(rows, batch_size=2000)
    return len(rows)
