"""Platform-wide cached values of the search: region names, region hosts, synonyms.

The default cache prefixes every key with the current schema (`django_tenants.cache.make_key`,
which Wagtail's fixed keys need). These values are the same in every region and a change must
reach all of them at once, so they live in the default cache's store (same backend and
location, cleared with it) under keys that do not depend on the schema.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache.backends.base import BaseCache
from django.core.signals import setting_changed
from django.utils.module_loading import import_string

KEY_PREFIX = "einblick-platform"
T = TypeVar("T")


@functools.cache
def platform_cache() -> BaseCache:
    """The default cache backend, with Django's plain key function and our own prefix."""
    params = dict(settings.CACHES["default"])
    backend = import_string(params.pop("BACKEND"))
    location = params.pop("LOCATION", "")
    params.pop("KEY_FUNCTION", None)
    params.pop("REVERSE_KEY_FUNCTION", None)
    params["KEY_PREFIX"] = KEY_PREFIX
    return backend(location, params)


def cached(key: str, load: Callable[[], T], timeout: float) -> T:
    """The value under `key`, loaded (and stored for `timeout` seconds) when missing."""
    return platform_cache().get_or_set(key, load, timeout)


def forget(*keys: str) -> None:
    platform_cache().delete_many(keys)


def _settings_changed(setting, **_kwargs) -> None:
    if setting == "CACHES":
        platform_cache.cache_clear()


setting_changed.connect(_settings_changed, dispatch_uid="search_platform_cache")
