"""Mail settings beyond the SMTP block of settings/base.py (read through settings/features.py)."""

import os

# Folder for Django's file-based backend (EMAIL_BACKEND=django.core.mail.backends.filebased.
# EmailBackend): every sent message is written there, e.g. the browser tests' outbox.
if os.environ.get("EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
