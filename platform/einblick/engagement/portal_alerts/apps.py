from django.apps import AppConfig


class PortalAlertsConfig(AppConfig):
    """Search alerts of the cross-region portal, kept in the public schema (SHARED_APPS only):
    docs/adr/0012-portal-alerts.md."""

    name = "einblick.engagement.portal_alerts"
    label = "portal_alerts"
    verbose_name = "Benachrichtigungen des Landesportals"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import retention  # noqa: F401  (register the purger)
