"""CACHES entries from the CACHE_URL environment variable (read in settings/base.py)."""

from pathlib import Path


def cache_from_url(url: str, name: str) -> dict:
    """A CACHES entry from CACHE_URL; `name` separates the file and local-memory stores."""
    scheme, _, rest = url.partition("://")
    if scheme in ("redis", "rediss", "valkey", "valkeys"):
        location = url.replace("valkey", "redis", 1) if scheme.startswith("valkey") else url
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": location}
    if scheme == "file":
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(Path(rest) / name),
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        }
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}
    raise ValueError(f"CACHE_URL: unknown scheme {scheme!r} (redis, valkey, file, locmem)")
