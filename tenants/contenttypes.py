"""Per-schema ContentType cache.

Django caches ContentType rows per process, keyed only by database alias. Every schema has
its own django_content_type table and ids can differ between schemas (public vs. regions,
cloned vs. migrated regions), so a process serving several regions would hand one region
another region's ids. This cache keys by (alias, schema) instead.
"""

from django.db import connections


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


def install() -> None:
    from django.contrib.contenttypes.models import ContentType

    if not isinstance(ContentType.objects._cache, PerSchemaCache):
        ContentType.objects._cache = PerSchemaCache()
