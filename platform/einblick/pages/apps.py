from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "einblick.pages"
    label = "pages"
    verbose_name = "Seiten"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from tenants.pagecache import register_schedule
        from tenants.signals import region_provisioned, template_schema_ready

        from .routes import connect_signals
        from .schedule import next_change
        from .site_setup import on_region_provisioned, on_template_ready

        connect_signals()
        register_schedule(next_change)
        template_schema_ready.connect(on_template_ready, dispatch_uid="pages-template")
        region_provisioned.connect(on_region_provisioned, dispatch_uid="pages-region")
