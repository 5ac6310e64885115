from django.apps import AppConfig


class EmployersConfig(AppConfig):
    name = "einblick.employers"
    label = "employers"
    verbose_name = "Arbeitgeber"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import search_documents  # noqa: F401  (registers the search provider)
