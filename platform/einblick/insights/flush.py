"""Fold the spool into daily counts, per region schema, in one transaction per run."""

import fcntl
from collections import Counter
from contextlib import contextmanager

from django.db import connection, transaction
from django_tenants.utils import get_tenant_model, schema_context

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer

from . import spool
from .models import DailyCount
from .public.models import PublicDailyCount

UPSERT = """
    INSERT INTO {table} (day, kind, subject_type, subject_id, key, count)
    VALUES (%s, %s, %s, %s, %s, %s)
    ON CONFLICT (day, kind, subject_type, subject_id, key)
    DO UPDATE SET count = {table}.count + EXCLUDED.count
"""
# The portal host (schema "public") counts only its embeds' impressions and clicks.
PUBLIC_KINDS = ("embed_view", "embed_click")
DETAIL_MODELS = {"offer": Offer, "employer": Employer, "event": Event}


@contextmanager
def _exclusive():
    with open(spool.spool_dir() / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def path_subjects() -> dict[str, tuple[str, int]]:
    """Public URL path → (type, id) of every public offer, employer and event of the
    current region, so a page view on a detail page counts for its object."""
    subjects = {}
    for name, model in DETAIL_MODELS.items():
        for obj in model.objects.public():
            url = obj.get_url()
            if url:
                subjects[url] = (name, obj.pk)
    return subjects


def _rows(counts: Counter) -> list[tuple]:
    """Rows for the current schema: views of detail paths become views of their objects;
    clicks count only for public objects (the beacon takes any id, see views.count_click)."""
    subjects = path_subjects()
    known = set(subjects.values())
    rows = Counter()
    for (day, kind, subject_type, subject_id, key), n in counts.items():
        if kind == "view" and subject_type == "page" and key in subjects:
            subject_type, subject_id = subjects[key]
            key = ""
        elif kind == "click" and (subject_type, subject_id) not in known:
            continue
        rows[(day, kind, subject_type, subject_id, key)] += n
    return [(*k, n) for k, n in rows.items()]


def _statement(schema: str, counts: Counter) -> tuple[str, list[tuple]]:
    if schema == "public":
        rows = [(*key, n) for key, n in counts.items() if key[1] in PUBLIC_KINDS]
        return UPSERT.format(table=PublicDailyCount._meta.db_table), rows
    return UPSERT.format(table=DailyCount._meta.db_table), _rows(counts)


def flush() -> dict[str, int]:
    """Move every spooled event into the counts; returns events per region schema.

    Events of schemas that no longer exist are dropped. The spool files are deleted after
    the transaction commits (a crash in between could count one batch twice, never lose it).
    """
    with _exclusive():
        files = spool.claim_files()
        if not files:
            return {}
        by_schema: dict[str, Counter] = {}
        for path in files:
            for schema, *event, n in spool.read_lines(path):
                by_schema.setdefault(schema, Counter())[tuple(event)] += n
        known = set(get_tenant_model().objects.values_list("schema_name", flat=True))
        totals = {}
        with transaction.atomic():
            for schema, counts in sorted(by_schema.items()):
                if schema not in known and schema != "public":
                    continue
                with schema_context(schema):
                    with connection.cursor() as cursor:
                        cursor.executemany(*_statement(schema, counts))
                totals[schema] = sum(counts.values())
        for path in files:
            path.unlink(missing_ok=True)
        return totals
