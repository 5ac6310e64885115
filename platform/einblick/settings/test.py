"""Test settings: real PostgreSQL (embedded unless DATABASE_URL is set), fast hashing."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import CACHE_URL, CACHES, ENV, SECRET_KEY
from .caches import cache_from_url

DEBUG = False
SECRET_KEY = SECRET_KEY or "test-only-not-secret"  # noqa: F811
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django_tenants.files.storage.TenantFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["localhost", ".localhost", "testserver"]
# Uploads, renditions and demo logos go to a throw-away directory, never the repo's media/,
# removed when the process ends (also in subprocesses that inherit these settings).
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="einblick-test-media-"))
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
# Counted page views of this process (einblick.insights), never the development spool.
INSIGHTS_SPOOL_DIR = Path(tempfile.mkdtemp(prefix="einblick-test-spool-"))
atexit.register(shutil.rmtree, INSIGHTS_SPOOL_DIR, ignore_errors=True)
# The suite sends hundreds of requests from one address; tests/security/test_ratelimits.py
# switches the limits on with small rates.
RATELIMIT_ENABLE = False
# One process: the page cache's store is local memory (CACHE_URL for worker processes of
# tests/tenants/test_page_cache_processes.py), and the cache is off unless a test switches
# it on (tests/tenants/test_page_cache.py): tests read `response.context`.
CACHES = {
    **CACHES,
    "pages": cache_from_url(CACHE_URL or "locmem://", "pages"),
}
PAGE_CACHE_SECONDS = int(ENV.get("PAGE_CACHE_SECONDS", "0"))
# Platform-admin jobs in the request (transfer_kit.jobs); tests of the thread switch it off.
TRANSFER_JOBS_INLINE = True
TRANSFER_JOB_DIR = Path(tempfile.mkdtemp(prefix="einblick-test-jobs-"))
atexit.register(shutil.rmtree, TRANSFER_JOB_DIR, ignore_errors=True)
