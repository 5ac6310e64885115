from django.apps import AppConfig


class EngagementConfig(AppConfig):
    """Coming back without an account: search alerts by e-mail and enquiries to companies.

    Only what the feature needs is stored, per region schema, and deleted on schedule
    (einblick.core.retention, docs/engagement.md)."""

    name = "einblick.engagement"
    label = "engagement"
    verbose_name = "Benachrichtigungen und Anfragen"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import retention  # noqa: F401  (register the purgers)
