"""Where domain apps hand their content to search (search never imports domain models).

A provider per kind knows how to turn that kind's objects of the *current* region schema into
`SearchDocument`s:

    register(SearchProvider(
        kind="offer",
        model=Offer,                      # watched for save/delete/publish/unpublish
        documents_for_region=lambda: ..., # iterator over all public objects (rebuilds)
        document_for=lambda pk: ...,      # the document, or None when the object is not public
        dependents=lambda obj: [...],     # optional: (kind, pk) pairs to re-index as well
    ))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .documents import KINDS, SearchDocument


@dataclass(frozen=True)
class SearchProvider:
    kind: str
    documents_for_region: Callable[[], Iterator[SearchDocument]]
    document_for: Callable[[int], SearchDocument | None]
    model: type | None = None
    dependents: Callable[[object], Iterable[tuple[str, int]]] | None = None
    count_for_region: Callable[[], int] | None = None


_providers: dict[str, SearchProvider] = {}
# Facet labels: callables (facet, slugs) -> {slug: label or (label, language)}; registered by
# the domain layer, answering in the active language.
_label_providers: list[Callable[[str, list[str]], dict[str, str]]] = []
# The search lexicon (occupation families, everyday intents): callable() -> [entry dicts].
_lexicon_provider: Callable[[], list[dict]] | None = None
# Towns with coordinates for the distance filter: callable(region_slug) -> [{name, lat, lon}].
_towns_provider: Callable[[str], list[dict]] | None = None


def register(provider: SearchProvider) -> None:
    if provider.kind not in KINDS:
        raise ValueError(f"unknown kind {provider.kind!r}")
    _providers[provider.kind] = provider
    if provider.model is not None:
        from .indexing import watch_model

        watch_model(provider.model, provider.kind)


def provider_for(kind: str) -> SearchProvider | None:
    return _providers.get(kind)


def providers() -> list[SearchProvider]:
    return [_providers[k] for k in KINDS if k in _providers]


def unregister(kind: str) -> None:
    """For tests that register synthetic providers."""
    _providers.pop(kind, None)


def register_label_provider(func: Callable[[str, list[str]], dict[str, str]]) -> None:
    if func not in _label_providers:
        _label_providers.append(func)


def facet_labels(facet: str, slugs: list[str]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for func in _label_providers:
        try:
            labels.update(func(facet, slugs) or {})
        except Exception:  # labels are cosmetic: never break a search over them
            continue
    return labels


def register_towns_provider(func: Callable[[str], list[dict]] | None) -> None:
    global _towns_provider
    _towns_provider = func


def towns_provider() -> Callable[[str], list[dict]] | None:
    return _towns_provider


def register_lexicon_provider(func: Callable[[], list[dict]] | None) -> None:
    """The domain layer hands search its lexicon entries (see search.lexicon.Concept)."""
    global _lexicon_provider
    _lexicon_provider = func


def lexicon_entries() -> list[dict]:
    return list(_lexicon_provider()) if _lexicon_provider is not None else []
