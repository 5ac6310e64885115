from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "einblick.insights"
    label = "insights"
    verbose_name = "Kennzahlen"
    default_auto_field = "django.db.models.BigAutoField"
