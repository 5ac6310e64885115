"""Facet counts → labelled `FacetValue`s, the same for every backend.

A label provider answers a slug with its label or with (label, language): the taxonomies
give their English names on English pages and say which labels are still German."""

from __future__ import annotations

from ..documents import KIND_LABELS
from ..query import FACETS, FacetValue


def labelled(counts: dict[str, list[tuple[str, int]]]) -> dict[str, list[FacetValue]]:
    """Every facet of `search.query.FACETS`, values sorted by count (then value), labelled
    by kind, region name or the domain's label providers."""
    from ..regions import region_names
    from ..registry import facet_labels

    facets: dict[str, list[FacetValue]] = {}
    for facet in FACETS:
        values = sorted(counts.get(facet) or [], key=lambda vc: (-vc[1], vc[0]))
        if facet == "kind":
            labels = KIND_LABELS
        elif facet == "region":
            labels = region_names()
        else:
            labels = facet_labels(facet, [v for v, _ in values])
        facets[facet] = [_value(v, labels.get(v, v), c) for v, c in values]
    return facets


def _value(value: str, label, count: int) -> FacetValue:
    if isinstance(label, tuple):
        return FacetValue(value, str(label[0]), count, label[1])
    return FacetValue(value, str(label), count)
