from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "einblick.events"
    label = "events"
    verbose_name = "Veranstaltungen"
    default_auto_field = "django.db.models.BigAutoField"
