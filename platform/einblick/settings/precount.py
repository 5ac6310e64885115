"""Region figures and taxonomy usage counted ahead of time (transfer_kit.figures)."""

import os

from .base import SCHEDULED_COMMANDS

# The platform admin's region overview and the taxonomy listings read stored counts;
# the cron service refreshes them every hour.
if "count_region_figures" not in SCHEDULED_COMMANDS:
    SCHEDULED_COMMANDS.append("count_region_figures")

# A publish or unpublish in a region counts that region again at once (a few milliseconds
# in the publishing transaction); "0" leaves it to the hourly run.
REGION_FIGURES_ON_PUBLISH = os.environ.get("REGION_FIGURES_ON_PUBLISH", "1").lower() in (
    "1",
    "true",
    "yes",
)
