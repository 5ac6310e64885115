"""The synonyms search expands queries with: the editable list (model `Synonym`) and the
occupation families of the search lexicon (`search.lexicon`), cached platform-wide."""

from __future__ import annotations

from . import text
from .cache import cached, forget

CACHE_KEY = "search:synonym-map"
TTL = 60.0


def synonym_map() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    return cached(CACHE_KEY, _load, TTL)


def _load() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    from .lexicon import lexicon

    mapping = text.synonym_map(synonym_lines())
    for phrase, alternatives in lexicon().synonym_map().items():
        bucket = mapping.setdefault(phrase, [])
        bucket.extend(a for a in alternatives if a not in bucket)
    return mapping


def synonym_lines() -> list[str]:
    from .models import Synonym

    return list(Synonym.objects.values_list("terms", flat=True))


def all_synonym_lines() -> list[str]:
    """The editable list and the lexicon's families, as Elasticsearch rules."""
    from .lexicon import lexicon

    return synonym_lines() + lexicon().synonym_lines()


def invalidate(**_kwargs) -> None:
    forget(CACHE_KEY)
