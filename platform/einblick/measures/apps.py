from django.apps import AppConfig


class MeasuresConfig(AppConfig):
    name = "einblick.measures"
    label = "measures"
    verbose_name = "Maßnahmenkatalog"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import retention  # noqa: F401  (registers the contact purger)
