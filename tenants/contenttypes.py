"""Per-schema ContentType cache.

Django caches ContentType rows per process, keyed only by database alias. Every schema has
its own django_content_type table and ids can differ between schemas (public vs. regions,
cloned vs. migrated regions), so a process serving several regions would hand one region
another region's ids. This cache keys by (alias, schema) instead, and therefore survives the
schema switches of django-tenants (tenants.postgresql_backend), which would empty it.

A worker that serves many regions would keep ~150 content types of every one of them; only
the MAX_SCHEMAS most recently used schemas keep theirs (the rest ask the database again), so
memory stays flat with the number of regions.
"""

import threading
from contextlib import contextmanager

from django.db import connections

_switching = threading.local()
MAX_SCHEMAS = 32


class PerSchemaCache(dict):
    @staticmethod
    def _key(alias):
        return (alias, getattr(connections[alias], "schema_name", "public"))

    def __getitem__(self, alias):
        key = self._key(alias)
        value = super().pop(key)  # KeyError as before; re-inserted as most recently used
        super().__setitem__(key, value)
        return value

    def __contains__(self, alias):
        return super().__contains__(self._key(alias))

    def get(self, alias, default=None):
        return super().get(self._key(alias), default)

    def setdefault(self, alias, default=None):
        key = self._key(alias)
        if key not in self.keys():
            while len(self) >= MAX_SCHEMAS:
                super().pop(next(iter(self)))  # the least recently used schema
        return super().setdefault(key, default)

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
