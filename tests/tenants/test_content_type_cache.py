"""The per-schema ContentType cache keeps only the most recently used schemas."""

from types import SimpleNamespace

from tenants import contenttypes
from tenants.contenttypes import PerSchemaCache


def test_cache_forgets_the_least_recently_used_schema(monkeypatch):
    # given room for two schemas and entries of jena, then weimar
    current = SimpleNamespace(schema_name="jena")
    monkeypatch.setattr(contenttypes, "connections", {"default": current})
    monkeypatch.setattr(contenttypes, "MAX_SCHEMAS", 2)
    cache = PerSchemaCache()
    cache.setdefault("default", {})["x"] = "jena-ct"
    current.schema_name = "weimar"
    cache.setdefault("default", {})["x"] = "weimar-ct"
    # when jena is read again and a third schema comes
    current.schema_name = "jena"
    assert cache["default"]["x"] == "jena-ct"
    current.schema_name = "gera"
    cache.setdefault("default", {})["x"] = "gera-ct"
    # then weimar (least recently used) is gone; each schema still sees only its own entries
    assert cache["default"]["x"] == "gera-ct"
    current.schema_name = "jena"
    assert cache["default"]["x"] == "jena-ct"
    current.schema_name = "weimar"
    assert "default" not in cache
    assert len(cache) == 2
