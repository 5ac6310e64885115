"""What search needs from the taxonomies: facet labels and the words an occupation is found by.

Search never imports domain models; the facet labels are registered with it here.
"""

from search.registry import register_label_provider

from .models import Benefit, Occupation, OccupationalField, OfferType, TargetGroup

FACET_MODELS = {
    "type": OfferType,
    "field": OccupationalField,
    "occupation": Occupation,
    "target": TargetGroup,
    "benefit": Benefit,
}


def taxonomy_labels(facet: str, slugs: list[str]) -> dict[str, str]:
    model = FACET_MODELS.get(facet)
    if model is None or not slugs:
        return {}
    return dict(model.objects.filter(slug__in=slugs).values_list("slug", "name"))


def occupation_keywords(occupations, fields) -> list[str]:
    """Names and search terms of the occupations, then the names of the Berufsfelder."""
    keywords = [o.name for o in occupations]
    keywords += [term for o in occupations for term in (o.search_terms or [])]
    return keywords + [f.name for f in fields]


register_label_provider(taxonomy_labels)
