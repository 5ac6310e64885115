from django.apps import AppConfig


class OutlookConfig(AppConfig):
    name = "einblick.outlook"
    label = "outlook"
    verbose_name = "Berufsprognosen"
    default_auto_field = "django.db.models.BigAutoField"
