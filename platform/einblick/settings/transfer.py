"""Transfer kit settings (read in settings/base.py)."""

import os
from pathlib import Path

# The automatic export written before a region is deleted (delete_region, admin action).
# Such an archive holds the region's personal data (contact persons, editors): it is kept
# REGION_ARCHIVE_DAYS days, then removed by purge_personal_data.
REGION_ARCHIVE_DIR = Path(
    os.environ.get("REGION_ARCHIVE_DIR", Path(__file__).resolve().parents[3] / "archive")
)
REGION_ARCHIVE_DAYS = int(os.environ.get("REGION_ARCHIVE_DAYS", "90"))

# Files uploaded in the platform admin's onboarding (region file, logo, data files), one
# folder per upload; not public. Removed after the region is created.
TRANSFER_UPLOAD_DIR = Path(
    os.environ.get("TRANSFER_UPLOAD_DIR", Path(__file__).resolve().parents[3] / "uploads")
)

# Long platform-admin work (onboarding, region update, undo) runs in a background thread with
# a progress page (transfer_kit.jobs). True runs it inside the request instead (tests: their
# data lives in the test's own transaction, which a second connection cannot see).
# Job states as small JSON files, read by every worker process; removed a day after.
TRANSFER_JOB_DIR = Path(
    os.environ.get("TRANSFER_JOB_DIR", Path(__file__).resolve().parents[3] / "uploads-jobs")
)
TRANSFER_JOBS_INLINE = os.environ.get("TRANSFER_JOBS_INLINE", "").lower() in ("1", "true", "yes")
