from django.apps import AppConfig


class ReachConfig(AppConfig):
    """Reaching people off the portal: sitemaps, robots.txt, feeds, API description, embeds."""

    name = "einblick.reach"
    label = "reach"
    verbose_name = "Reichweite"
