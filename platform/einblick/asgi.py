"""ASGI entry point. Import roots are set up before Django loads."""

import os
import sys
from pathlib import Path

_base = Path(__file__).resolve().parents[2]
for _root in (_base, _base / "platform"):
    if str(_root) not in sys.path:
        sys.path.append(str(_root))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "einblick.settings.production")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
