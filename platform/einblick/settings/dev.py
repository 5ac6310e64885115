"""Local development: embedded PostgreSQL, console e-mail, debug on."""

from .base import *  # noqa: F403
from .base import ENV, SECRET_KEY

DEBUG = ENV.get("DEBUG", "1").lower() in ("1", "true", "yes")
SECRET_KEY = SECRET_KEY or "dev-only-not-secret"  # noqa: F811
