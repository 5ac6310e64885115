from django.apps import AppConfig


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = "Regionen"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .contenttypes import install

        install()
