from django.apps import AppConfig


class OffersConfig(AppConfig):
    name = "einblick.offers"
    label = "offers"
    verbose_name = "Angebote"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import search_documents  # noqa: F401  (registers the search provider)
