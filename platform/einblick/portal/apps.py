from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "einblick.portal"
    label = "portal"
    verbose_name = "Regionenübergreifendes Portal"
    default_auto_field = "django.db.models.BigAutoField"
