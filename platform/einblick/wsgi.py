"""WSGI entry point. Import roots are set up before Django loads."""

import os
import sys
from pathlib import Path

_base = Path(__file__).resolve().parents[2]
for _root in (_base, _base / "platform"):
    if str(_root) not in sys.path:
        sys.path.append(str(_root))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "einblick.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

from tenants.fastpath import PageCacheFastPath  # noqa: E402

# Page-cache hits are answered before Django's request handling (tenants.fastpath).
application = PageCacheFastPath(get_wsgi_application())
