"""Which shared taxonomy entries a region shows."""

from django.db import connection

from einblick.taxonomy.models import (
    Benefit,
    Occupation,
    OccupationalField,
    OfferType,
    TargetGroup,
)
from tenants.versions import cached_per_scope, own_scope

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
    if settings_obj is None:
        hidden_ids = hidden()[field]
    else:
        hidden_ids = list(getattr(settings_obj, field).values_list("pk", flat=True))
    return qs.exclude(pk__in=hidden_ids) if hidden_ids else qs


def hidden() -> dict[str, list[int]]:
    """The region's hidden entries per field, kept in the shared cache until the region's
    content version moves on (every list and filter form asks for them)."""

    def build():
        settings_obj = TaxonomyVisibility.load()
        return {
            field: list(getattr(settings_obj, field).values_list("pk", flat=True))
            for field in HIDDEN_FIELD.values()
        }

    return cached_per_scope(own_scope(connection.schema_name), "taxonomy-hidden", build)
