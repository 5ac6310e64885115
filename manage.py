#!/usr/bin/env python
"""Django's command-line entry point for Einblick."""

import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
# Import roots: `.` (tenants, themes, search, transfer_kit) and `platform/` (the einblick
# project package). `platform/` is appended, never a package, so the stdlib `platform` wins.
for root in (BASE_DIR, BASE_DIR / "platform"):
    if str(root) not in sys.path:
        sys.path.insert(1, str(root))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "einblick.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
