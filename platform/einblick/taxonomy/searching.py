"""What search needs from the taxonomies: facet labels, the words an occupation is found by,
and the search lexicon (occupation families, everyday intents).

Search never imports domain models; labels and the lexicon are registered with it here.
"""

from django.db.models.signals import post_delete, post_save

from search import lexicon as search_lexicon
from search.cache import cached, forget
from search.registry import register_label_provider, register_lexicon_provider

from .models import Benefit, Occupation, OccupationalField, OfferType, SearchConcept, TargetGroup

FACET_MODELS = {
    "type": OfferType,
    "field": OccupationalField,
    "occupation": Occupation,
    "target": TargetGroup,
    "benefit": Benefit,
}
LEXICON_FIELDS = (
    "slug", "name", "name_en", "kind", "phrases", "narrower_terms", "offer_types", "occupational_fields",
    "target_groups", "boost_terms",
)  # fmt: skip


LABELS_KEY = "search:facet-labels:{}"
LABELS_TTL = 300.0


def taxonomy_labels(facet: str, slugs: list[str]) -> dict[str, tuple[str, str]]:
    """Slug → (label, its language) in the active language (German where no English name).
    Every facet's entries are cached platform-wide (a search shows five facets: five queries
    per search before) and forgotten when a taxonomy entry is saved or deleted."""
    model = FACET_MODELS.get(facet)
    if model is None or not slugs:
        return {}
    entries = cached(LABELS_KEY.format(facet), lambda: _entries(model), LABELS_TTL)
    return {
        slug: (entries[slug].label, entries[slug].content_language())
        for slug in slugs
        if slug in entries
    }


def _entries(model) -> dict:
    return {e.slug: e for e in model.objects.only("slug", "name", "name_en")}


def forget_labels(sender, **_kwargs) -> None:
    forget(*(LABELS_KEY.format(facet) for facet in FACET_MODELS))


def occupation_keywords(occupations, fields) -> list[str]:
    """Names and search terms of the occupations, then the names of the Berufsfelder."""
    keywords = [o.name for o in occupations]
    keywords += [term for o in occupations for term in (o.search_terms or [])]
    return keywords + [f.name for f in fields]


def lexicon_entries() -> list[dict]:
    """The active lexicon entries as plain dicts (search.lexicon.concept_from reads them)."""
    return list(SearchConcept.objects.active().values(*LEXICON_FIELDS))


register_label_provider(taxonomy_labels)
register_lexicon_provider(lexicon_entries)
for _model in FACET_MODELS.values():
    post_save.connect(forget_labels, sender=_model, dispatch_uid=f"labels_save_{_model.__name__}")
    post_delete.connect(forget_labels, sender=_model, dispatch_uid=f"labels_del_{_model.__name__}")
post_save.connect(search_lexicon.invalidate, sender=SearchConcept, dispatch_uid="lexicon_save")
post_delete.connect(search_lexicon.invalidate, sender=SearchConcept, dispatch_uid="lexicon_del")
