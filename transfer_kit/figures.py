"""Region figures and taxonomy usage, counted ahead of time and stored in the public schema.

Counting reads every region's schema (one UNION ALL query per batch of schemas,
einblick.selfservice.regions and einblick.taxonomy.usage); at 400 regions that took the
platform admin's overview seconds after every cache expiry. Instead `count_region_figures`
(run hourly by the cron service: settings.SCHEDULED_COMMANDS) stores the figures of every
region, and a publish or unpublish in a region counts that one region again (a few
milliseconds, inside the publishing transaction). The overview reads the stored rows: a
fixed number of queries, whatever the number of regions; a region not counted yet (just
created) is counted on the spot with the others that lack figures, in one query.
"""

import logging

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import get_public_schema_name

from einblick.selfservice.regions import EDITORS_SHOWN, count_regions
from einblick.taxonomy.usage import store_usage
from tenants.models import Region

from .models import RegionFigures

logger = logging.getLogger("einblick.transfer")

BATCH = 50  # schemas per counting query
FIELDS = ["employers", "offers", "events", "last_activity", "editors", "editor_count",
          "counted_at"]  # fmt: skip


def store_figures(regions: list[Region]) -> int:
    """Count and store the overview figures of `regions`; returns how many were stored."""
    now = timezone.now()
    stored = 0
    for start in range(0, len(regions), BATCH):
        batch = regions[start : start + BATCH]
        counted = count_regions([region.schema_name for region in batch])
        rows = [
            RegionFigures(
                region=region,
                employers=figures.employers,
                offers=figures.offers,
                events=figures.events,
                last_activity=figures.last_activity,
                editors=list(figures.editors[:EDITORS_SHOWN]),
                editor_count=figures.editor_count,
                counted_at=now,
            )
            for region in batch
            if (figures := counted.get(region.schema_name)) is not None
        ]
        RegionFigures.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["region"],
            update_fields=FIELDS,
        )
        stored += len(rows)
    return stored


def regions_to_count(slug: str | None = None):
    regions = Region.objects.exclude(schema_name=get_public_schema_name()).order_by("slug")
    return regions.filter(slug=slug) if slug else regions


def count_all(slug: str | None = None) -> tuple[int, int]:
    """What `count_region_figures` does: (regions with figures, schemas with usage)."""
    regions = list(regions_to_count(slug))
    figures = store_figures(regions)
    if slug:
        usage = store_usage([region.schema_name for region in regions])
    else:
        usage = store_usage()
    return figures, usage


def stored_figures(regions: list[Region]) -> dict[str, RegionFigures]:
    """Schema name → stored figures of `regions`; those without any are counted now."""
    found = {
        row.region_id: row
        for row in RegionFigures.objects.filter(region__in=[r.pk for r in regions])
    }
    missing = [region for region in regions if region.pk not in found]
    if missing:
        store_figures(missing)
        found.update(
            (row.region_id, row)
            for row in RegionFigures.objects.filter(region__in=[r.pk for r in missing])
        )
    return {r.schema_name: found[r.pk] for r in regions if r.pk in found}


def recount_current_region(sender=None, **kwargs) -> None:
    """After a publish or unpublish: count the current region again (its figures and its
    taxonomy usage). Failures are logged; the hourly run repairs them."""
    schema = connection.schema_name
    if schema == get_public_schema_name() or not settings.REGION_FIGURES_ON_PUBLISH:
        return
    try:
        with transaction.atomic():  # a failure here must not spoil the publish
            region = Region.objects.filter(schema_name=schema).first()
            if region is not None:
                store_figures([region])
                store_usage([schema])
    except Exception:  # noqa: BLE001 - never fail the publish over a figure
        logger.exception("region figures of %s not counted", schema)


def connect() -> None:
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    for signal in (page_published, page_unpublished, published, unpublished):
        signal.connect(recount_current_region, dispatch_uid=f"region-figures-{id(signal)}")
