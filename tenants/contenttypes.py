"""Per-schema ContentType cache.

Django caches ContentType rows per process, keyed only by database alias. Every schema has
its own django_content_type table and ids can differ between schemas (public vs. regions,
cloned vs. migrated regions), so a process serving several regions would hand one region
another region's ids. This cache keys by (alias, schema) instead, and therefore survives the
schema switches of django-tenants (tenants.postgresql_backend), which would empty it.
"""

import threading
from contextlib import contextmanager

from django.db import connections

_switching = threading.local()


class PerSchemaCache(dict):
    @staticmethod
    def _key(alias):
        return (alias, getattr(connections[alias], "schema_name", "public"))

    def __getitem__(self, alias):
        return super().__getitem__(self._key(alias))

    def __contains__(self, alias):
        return super().__contains__(self._key(alias))

    def get(self, alias, default=None):
        return super().get(self._key(alias), default)

    def setdefault(self, alias, default=None):
        return super().setdefault(self._key(alias), default)

    def clear(self):
        # A schema switch is no reason to forget: entries are per schema. Every other caller
        # (migrations, tests, dropped schemas) empties the cache as usual.
        if not getattr(_switching, "active", False):
            super().clear()


@contextmanager
def keeping_content_types():
    _switching.active = True
    try:
        yield
    finally:
        _switching.active = False


def install() -> None:
    from django.contrib.contenttypes.models import ContentType

    if not isinstance(ContentType.objects._cache, PerSchemaCache):
        ContentType.objects._cache = PerSchemaCache()
