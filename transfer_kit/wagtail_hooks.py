"""Platform admin entries of the transfer kit (public schema only)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tenants.utils import is_public_schema

from . import admin_imports, admin_jobs, admin_lifecycle, admin_onboarding, admin_update


@hooks.register("register_admin_urls")
def lifecycle_urls():
    return [
        path("region-einrichten/", admin_onboarding.onboarding, name="transfer_onboarding"),
        path("auftraege/<str:job_id>/", admin_jobs.job_page, name="transfer_job"),
        path("auftraege/<str:job_id>/status/", admin_jobs.job_status, name="transfer_job_status"),
        path(
            "regionen-lebenszyklus/",
            admin_lifecycle.lifecycle_list,
            name="transfer_region_lifecycle",
        ),
        path(
            "regionen-lebenszyklus/<slug:slug>/<str:action>/",
            admin_lifecycle.lifecycle_action,
            name="transfer_region_lifecycle_action",
        ),
        path(
            "region-aktualisieren/<slug:slug>/",
            admin_update.region_update,
            name="transfer_region_update",
        ),
        path(
            "regionen-importe/<slug:slug>/", admin_imports.import_runs, name="transfer_import_runs"
        ),
        path(
            "regionen-importe/<slug:slug>/<int:run>/rueckgaengig/",
            admin_imports.undo_run,
            name="transfer_import_undo",
        ),
    ]


class PlatformAdminItem(MenuItem):
    def is_shown(self, request):
        return is_public_schema() and request.user.is_superuser


@hooks.register("register_admin_menu_item")
def lifecycle_menu_item():
    return PlatformAdminItem(
        "Regionen: Status",
        reverse("transfer_region_lifecycle"),
        icon_name="site",
        order=9000,
    )


@hooks.register("register_admin_menu_item")
def onboarding_menu_item():
    return PlatformAdminItem(
        "Region einrichten", reverse("transfer_onboarding"), icon_name="plus", order=9001
    )
