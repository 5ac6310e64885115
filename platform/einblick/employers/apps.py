from django.apps import AppConfig


class EmployersConfig(AppConfig):
    name = "einblick.employers"
    label = "employers"
    verbose_name = "Arbeitgeber"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from tenants.signals import template_schema_ready

        from . import search_documents  # noqa: F401  (registers the search provider)
        from .company_access import setup_region_groups

        template_schema_ready.connect(setup_region_groups, dispatch_uid="employers-groups")
