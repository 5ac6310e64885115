"""The active shared taxonomies, as slugs for planning and pks for writing."""

from einblick.taxonomy.models import (
    TAXONOMY_MODELS,
    Benefit,
    Occupation,
    OccupationalField,
    OfferType,
    SchoolLevel,
    TargetGroup,
)

from .specs import Catalog


def taxonomy_pks() -> dict:
    """{"offer_types": {slug: pk}, ...} of active entries."""
    return {
        name: dict(model.objects.active().values_list("slug", "pk"))
        for name, model in TAXONOMY_MODELS.items()
    }


def build_catalog() -> Catalog:
    def slugs(model):
        return list(
            model.objects.active().order_by("sort_order", "name").values_list("slug", flat=True)
        )

    by_field = {}
    for slug, name, field_slug in (
        Occupation.objects.active()
        .order_by("sort_order", "name")
        .values_list("slug", "name", "field__slug")
    ):
        by_field.setdefault(field_slug, []).append((slug, name))
    return Catalog(
        offer_types=slugs(OfferType),
        fields=slugs(OccupationalField),
        occupations_by_field=by_field,
        benefits=slugs(Benefit),
        target_groups=slugs(TargetGroup),
        school_levels=slugs(SchoolLevel),
        field_names=dict(OccupationalField.objects.active().values_list("slug", "name")),
    )
