from django.apps import AppConfig
from django.db.models.signals import post_migrate


def ensure_brand_settings(sender, using="default", **kwargs):
    """Every schema gets its brand settings row when migrated: a first visit then writes
    nothing (a write would move the content version and empty the page cache)."""
    from django.db import connections

    from .models import BrandSettings

    table = BrandSettings._meta.db_table
    if table in connections[using].introspection.table_names():
        BrandSettings.objects.using(using).first() or BrandSettings.objects.using(using).create()


class ThemesConfig(AppConfig):
    name = "themes"
    verbose_name = "Gestaltung"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(ensure_brand_settings, sender=self, dispatch_uid="themes-brand-row")
