from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "einblick.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomien"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import searching  # noqa: F401  (registers the facet labels)
