from django.apps import AppConfig


class PublicInsightsConfig(AppConfig):
    """Daily counts of the portal host (public schema): its embeds' impressions and clicks."""

    name = "einblick.insights.public"
    label = "insights_public"
    verbose_name = "Kennzahlen des Portals"
    default_auto_field = "django.db.models.BigAutoField"
