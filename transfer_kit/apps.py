from django.apps import AppConfig


class TransferKitConfig(AppConfig):
    name = "transfer_kit"
    verbose_name = "Transfer-Kit"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.registry import register_towns_provider, towns_provider

        from . import (
            figures,
            lifecycle,  # noqa: F401  (registers the archive purger)
        )
        from .towns import region_towns

        if towns_provider() is None:
            register_towns_provider(region_towns)
        figures.connect()
