from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared kernel; an app only for its scheduled-work commands (no models)."""

    name = "einblick.core"
    label = "einblick_core"
    verbose_name = "Einblick-Kern"
