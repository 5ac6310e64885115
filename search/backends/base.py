"""The contract every search backend fulfils (PostgreSQL always, Elasticsearch optionally)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..documents import SearchDocument
from ..query import SearchHit, SearchQuery, SearchResult


@runtime_checkable
class SearchBackend(Protocol):
    """Queries and index writes of one backend. Documents are keyed "{region}:{kind}:{pk}"."""

    name: str

    def search(self, query: SearchQuery) -> SearchResult:
        """One page of hits with facets; on zero hits the "did you mean" retry."""

    def suggest(self, q: str, regions: list[str] | None, limit: int = 8) -> list[str]:
        """Completions of the last word of `q` (regions None: all)."""

    def counts(self, regions: list[str]) -> dict[tuple[str, str], int]:
        """(region, kind) → number of current documents."""

    def latest(self, kind: str, regions: list[str], limit: int) -> list[SearchHit]:
        """The newest current documents of one kind."""

    def upsert(self, docs: list[SearchDocument]) -> None:
        """Write documents (insert or replace)."""

    def delete(self, keys: list[str]) -> None:
        """Remove documents by key; unknown keys are fine."""

    def delete_region(self, region: str) -> None:
        """Remove every document of a region."""

    def purge_expired(self) -> list[str]:
        """Remove expired documents; the keys removed, where the backend knows them."""
