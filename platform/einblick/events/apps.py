from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "einblick.events"
    label = "events"
    verbose_name = "Veranstaltungen"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import retention, search_documents  # noqa: F401  (register provider, purger)
