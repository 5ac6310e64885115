"""Hand a domain model's public objects to search as documents (see search.registry)."""

from collections.abc import Callable, Iterable

from search.documents import SearchDocument
from search.regions import current_region
from search.registry import SearchProvider, register


def register_documents(
    kind: str,
    model,
    queryset: Callable,
    to_document: Callable,
    *,
    dependents: Callable[[object], Iterable[tuple[str, int]]] | None = None,
) -> SearchProvider:
    """Register `kind`: its documents are `to_document(obj)` for each object of `queryset()`.

    `queryset()` returns exactly the objects that belong in the index (public ones), with
    what `to_document` reads prefetched; an object outside it has no document.
    """

    def document_for(pk: int):
        obj = queryset().filter(pk=pk).first()
        return to_document(obj) if obj else None

    def documents_for_region():
        for obj in queryset().order_by("pk").iterator(chunk_size=500):
            yield to_document(obj)

    provider = SearchProvider(
        kind=kind,
        model=model,
        document_for=document_for,
        documents_for_region=documents_for_region,
        dependents=dependents,
        count_for_region=lambda: queryset().count(),
    )
    register(provider)
    return provider


def snippet_document(obj, kind: str, **fields) -> SearchDocument:
    """The document of a public snippet of the current region: region, id, URL and first
    publication filled in, the rest from `fields`."""
    region, region_name = current_region()
    return SearchDocument(
        region=region,
        region_name=region_name,
        kind=kind,
        object_id=obj.pk,
        url=obj.get_url(),
        published_at=obj.first_published_at or obj.last_published_at,
        **fields,
    )
