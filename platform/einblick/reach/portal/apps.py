from django.apps import AppConfig


class PortalReachConfig(AppConfig):
    """The cross-region portal's own school buttons and widgets (public schema)."""

    name = "einblick.reach.portal"
    label = "reach_portal"
    verbose_name = "Einbettungen des Portals"
    default_auto_field = "django.db.models.BigAutoField"
