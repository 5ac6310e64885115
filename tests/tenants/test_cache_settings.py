"""CACHE_URL picks the shared store; Wagtail's caches keep the schema-prefixing key function."""

import pytest

from einblick.settings.caches import cache_from_url


def test_valkey_and_redis_urls_use_djangos_redis_backend():
    assert cache_from_url("valkey://valkey:6379/0", "pages") == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://valkey:6379/0",
    }
    assert cache_from_url("redis://cache:6379/1", "default")["LOCATION"] == "redis://cache:6379/1"


def test_file_url_gives_every_cache_its_own_directory():
    entry = cache_from_url("file:///srv/einblick/cache", "pages")
    assert entry["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert entry["LOCATION"] == "/srv/einblick/cache/pages"


def test_unknown_scheme_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="redis, valkey, file, locmem"):
        cache_from_url("memcache://x", "pages")


def test_wagtail_cache_keeps_the_tenant_key_function(settings):
    assert settings.CACHES["default"]["KEY_FUNCTION"] == "django_tenants.cache.make_key"
    assert "KEY_FUNCTION" not in settings.CACHES["pages"]
