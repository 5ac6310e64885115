"""The editable synonym list (model `Synonym`), cached per process for a short while."""

from __future__ import annotations

import time

from . import text

_cache: dict = {"at": -1e9, "map": {}}
TTL = 60.0


def synonym_map() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    now = time.monotonic()
    if now - _cache["at"] > TTL:
        from .models import Synonym

        lines = list(Synonym.objects.values_list("terms", flat=True))
        _cache["map"] = text.synonym_map(lines)
        _cache["at"] = now
    return _cache["map"]


def synonym_lines() -> list[str]:
    from .models import Synonym

    return list(Synonym.objects.values_list("terms", flat=True))


def invalidate(**_kwargs) -> None:
    _cache["at"] = -1e9
