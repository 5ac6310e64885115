"""Platform admin (public schema /cms/): the overview of every region with its actions.

Status, addresses, live employers/offers/events, last activity and editors of each region
(counted ahead of time and stored: transfer_kit.figures), and the lifecycle actions:
go live, deactivate, reactivate, hand out the preview link, delete (after the automatic
export). Only superusers of the public admin; on region hosts these URLs answer 404.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from einblick.selfservice.regions import RegionFigures
from tenants.lifecycle import LABELS, LifecycleError
from tenants.models import Region, Status
from tenants.preview import PREVIEW_DAYS, preview_url
from tenants.utils import is_public_schema, region_url
from transfer_kit.figures import stored_figures
from transfer_kit.lifecycle import delete_region, move_region

ACTIONS = {"online": Status.LIVE, "deaktivieren": Status.DEACTIVATED, "reaktivieren": Status.LIVE}


def _platform_admin(request) -> None:
    if not is_public_schema():
        raise Http404("Nur in der Plattform-Administration.")
    if not request.user.is_superuser:
        raise PermissionDenied


def _row(region: Region, figures) -> dict:
    state = region.lifecycle
    return {
        "region": region,
        "figures": figures,
        "domains": [d.domain for d in region.domains.all()],
        "status": LABELS[state],
        "url": region_url(region.primary_host()) if region.primary_host() else "",
        "preview": preview_url(region) if region.in_preparation else "",
        "can_go_live": state == Status.PREPARATION,
        "can_reactivate": state == Status.DEACTIVATED,
        "can_deactivate": state == Status.LIVE,
        "can_delete": state != Status.LIVE,
    }


def lifecycle_list(request):
    _platform_admin(request)
    regions = list(
        Region.objects.exclude(schema_name="public").order_by("name").prefetch_related("domains")
    )
    figures = stored_figures(regions)
    rows = [_row(r, figures.get(r.schema_name, RegionFigures())) for r in regions]
    return render(
        request, "transfer_kit/lifecycle.html", {"rows": rows, "preview_days": PREVIEW_DAYS}
    )


@require_POST
def lifecycle_action(request, slug: str, action: str):
    _platform_admin(request)
    region = Region.objects.filter(slug=slug).exclude(schema_name="public").first()
    if region is None:
        raise Http404("Unbekannte Region.")
    try:
        if action == "loeschen":
            if request.POST.get("bestaetigt") != "ja":
                messages.error(
                    request,
                    f"„{region.name}“ nicht gelöscht: bitte das Löschen ausdrücklich bestätigen.",
                )
                return redirect("transfer_region_lifecycle")
            deleted = delete_region(region)
            messages.success(
                request, f"Region „{deleted.name}“ gelöscht. Sicherung: {deleted.archive.name}"
            )
        elif action in ACTIONS:
            move_region(region, ACTIONS[action])
            messages.success(
                request, f"Region „{region.name}“ ist jetzt {LABELS[region.lifecycle]}."
            )
        else:
            raise Http404("Unbekannte Aktion.")
    except LifecycleError as exc:
        messages.error(request, str(exc))
    return redirect("transfer_region_lifecycle")
