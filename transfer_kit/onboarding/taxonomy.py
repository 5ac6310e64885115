"""Hide shared taxonomy entries in one region (tenant setting TaxonomyVisibility)."""

from django.apps import apps

from transfer_kit.regionfile.checks import taxonomy_model

# region-file key → M2M field on einblick.taxonomy.regional.models.TaxonomyVisibility
VISIBILITY_FIELDS = {
    "offer_types": "hidden_offer_types",
    "occupational_fields": "hidden_fields",
    "occupations": "hidden_occupations",
    "benefits": "hidden_benefits",
    "target_groups": "hidden_target_groups",
}


def hide_taxonomy(hidden: dict[str, list[str]]) -> int:
    """Apply the region file's `taxonomy.hide` (current schema = the region); returns count."""
    if not any(hidden.values()):
        return 0
    visibility_model = apps.get_model("taxonomy_regional", "TaxonomyVisibility")
    visibility = visibility_model.load()
    count = 0
    for key, slugs in hidden.items():
        entries = list(taxonomy_model(key).objects.filter(slug__in=slugs))
        getattr(visibility, VISIBILITY_FIELDS[key]).add(*entries)
        count += len(entries)
    return count
