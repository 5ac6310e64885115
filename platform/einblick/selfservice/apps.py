from django.apps import AppConfig


class SelfserviceConfig(AppConfig):
    """Company self-service in plain German: login, welcome dashboard, statuses, mails."""

    name = "einblick.selfservice"
    label = "selfservice"
    verbose_name = "Unternehmensbereich"

    def ready(self):
        # workflow signal receivers; the purgers of the retention registry
        from . import notifications, retention  # noqa: F401
