"""Which shared taxonomy entries a region shows."""

from einblick.taxonomy.models import (
    Benefit,
    Occupation,
    OccupationalField,
    OfferType,
    TargetGroup,
)

from .models import TaxonomyVisibility

HIDDEN_FIELD = {
    OfferType: "hidden_offer_types",
    OccupationalField: "hidden_fields",
    Occupation: "hidden_occupations",
    Benefit: "hidden_benefits",
    TargetGroup: "hidden_target_groups",
}


def visible(model, settings_obj=None):
    """Active (not archived) entries of `model` that the current region has not hidden.

    Pass `settings_obj` (a loaded TaxonomyVisibility) when asking for several models at once.
    """
    qs = model.objects.active()
    field = HIDDEN_FIELD.get(model)
    if field is None:
        return qs
    settings_obj = settings_obj or TaxonomyVisibility.load()
    hidden_ids = list(getattr(settings_obj, field).values_list("pk", flat=True))
    return qs.exclude(pk__in=hidden_ids) if hidden_ids else qs
