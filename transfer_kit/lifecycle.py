"""The last step of a region's lifecycle: delete it, after an automatic export.

The other steps (in preparation → live ⇄ deactivated) are tenants.lifecycle; this module
adds what needs the transfer kit: the export bundle written before the schema is dropped.
The archive holds personal data and is removed REGION_ARCHIVE_DAYS days later
(purge_personal_data, registered below).
"""

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from einblick.core import retention
from search.rebuild import rebuild
from tenants.lifecycle import LABELS, LifecycleError, set_status
from tenants.models import Region, Status
from transfer_kit.bundle.export import export_region


@dataclass
class Deleted:
    name: str
    slug: str
    archive: Path
    counts: dict


def move_region(region: Region, status: str) -> Region:
    """tenants.lifecycle.set_status, and the cross-region search follows: a full index
    rebuild keeps only live regions, so a region that goes live (again) gets its documents
    rebuilt here; until then its offers are in no cross-region list."""
    was = region.lifecycle
    region = set_status(region, status)
    if region.lifecycle == Status.LIVE and was != Status.LIVE:
        rebuild(region.slug)
    return region


def archive_path(region: Region) -> Path:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    return Path(settings.REGION_ARCHIVE_DIR) / f"{region.slug}-{stamp}.zip"


def delete_region(region: Region) -> Deleted:
    """Export `region` into the archive, then drop its schema, row, domains and media.

    A live region is never deleted: deactivate it first (it may still have visitors).
    """
    if region.is_public:
        raise LifecycleError("Das regionenübergreifende Portal kann nicht gelöscht werden.")
    if region.lifecycle == Status.LIVE:
        raise LifecycleError(
            f"Die Region „{region.name}“ ist {LABELS[Status.LIVE]}: bitte zuerst "
            "deaktivieren, dann löschen."
        )
    target = archive_path(region)
    target.parent.mkdir(parents=True, exist_ok=True)
    manifest = export_region(region, target)  # raises before anything is deleted
    media = Path(settings.MEDIA_ROOT) / region.schema_name
    connection.set_schema_to_public()
    deleted = Deleted(region.name, region.slug, target, manifest["counts"])
    with transaction.atomic():
        region.delete(force_drop=True)
    shutil.rmtree(media, ignore_errors=True)
    return deleted


@retention.register(
    "transfer_kit.region_archives",
    label=gettext_lazy(
        "Sicherungen gelöschter Regionen (Inhalte mit Kontaktpersonen und Redaktion)"
    ),
    retention=format_lazy(
        gettext_lazy("{days} Tage nach dem Löschen der Region"), days=settings.REGION_ARCHIVE_DAYS
    ),
)
def purge_region_archives(now) -> int:
    """Remove archives older than REGION_ARCHIVE_DAYS (file time; run from any schema)."""
    folder = Path(settings.REGION_ARCHIVE_DIR)
    if not folder.is_dir():
        return 0
    cutoff = (now - dt.timedelta(days=settings.REGION_ARCHIVE_DAYS)).timestamp()
    removed = 0
    for archive in folder.glob("*.zip"):
        if archive.stat().st_mtime < cutoff:
            archive.unlink(missing_ok=True)
            removed += 1
    return removed
