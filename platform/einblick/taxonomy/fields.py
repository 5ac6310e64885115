"""How a regional model refers to entries of a shared taxonomy."""

from modelcluster.fields import ParentalManyToManyField


def taxonomy_field(model_name: str, verbose_name: str) -> ParentalManyToManyField:
    """Optional entries of the taxonomy `model_name` (e.g. "OccupationalField").

    No reverse accessor: the taxonomies live in the public schema and know nothing of the
    regions' content.
    """
    return ParentalManyToManyField(
        f"taxonomy.{model_name}", verbose_name=verbose_name, blank=True, related_name="+"
    )
