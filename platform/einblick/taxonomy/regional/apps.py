from django.apps import AppConfig


class RegionalTaxonomyConfig(AppConfig):
    """The region's own view of the shared taxonomies (a tenant app: one table per region)."""

    name = "einblick.taxonomy.regional"
    label = "taxonomy_regional"
    verbose_name = "Taxonomien der Region"
    default_auto_field = "django.db.models.BigAutoField"
