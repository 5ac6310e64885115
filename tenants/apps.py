from django.apps import AppConfig


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = "Regionen"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core.signals import request_finished, request_started

        from . import invalidation, versions, wagtail_hooks
        from .contenttypes import install

        install()
        wagtail_hooks.install()
        invalidation.connect()
        request_started.connect(versions.begin_request, dispatch_uid="tenants-versions-begin")
        request_finished.connect(versions.end_request, dispatch_uid="tenants-versions-end")
