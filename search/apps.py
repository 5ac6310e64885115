from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "einblick_search"
    verbose_name = "Suche"
    default_auto_field = "django.db.models.BigAutoField"
