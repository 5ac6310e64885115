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
