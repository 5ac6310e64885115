"""The editable synonym list (model `Synonym`), cached platform-wide for a short while."""

from __future__ import annotations

from . import text
from .cache import cached, forget

CACHE_KEY = "search:synonym-map"
TTL = 60.0


def synonym_map() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    return cached(CACHE_KEY, lambda: text.synonym_map(synonym_lines()), TTL)


def synonym_lines() -> list[str]:
    from .models import Synonym

    return list(Synonym.objects.values_list("terms", flat=True))


def invalidate(**_kwargs) -> None:
    forget(CACHE_KEY)
