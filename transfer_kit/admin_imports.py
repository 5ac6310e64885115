"""Platform admin (public schema /cms/): a region's import runs, each undoable after a
confirmation. Only superusers of the public admin; on region hosts these URLs answer 404.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render

from tenants.models import Region
from transfer_kit.admin_lifecycle import _platform_admin
from transfer_kit.importing.undo import UndoError, revert_import
from transfer_kit.models import ImportRun

KINDS = {"employers": "Arbeitgeber", "offers": "Angebote"}


def _region(slug: str) -> Region:
    region = Region.objects.filter(slug=slug).exclude(schema_name="public").first()
    if region is None:
        raise Http404("Unbekannte Region.")
    return region


def import_runs(request, slug: str):
    """Every import run of one region, newest first, with its undo link."""
    _platform_admin(request)
    region = _region(slug)
    runs = [
        {"run": run, "kind": KINDS.get(run.kind, run.kind)}
        for run in ImportRun.objects.filter(region=region)
    ]
    return render(request, "transfer_kit/import_runs.html", {"region": region, "runs": runs})


def undo_run(request, slug: str, run: int):
    """GET: what undo would do, with a confirm button. POST: undo it."""
    _platform_admin(request)
    region = _region(slug)
    # a run of another region is unknown here: one region never undoes another's import
    found = ImportRun.objects.filter(region=region, pk=run).first()
    if found is None:
        raise Http404("Kein solcher Import-Lauf in dieser Region.")
    if request.method == "POST":
        try:
            messages.success(request, f"Import-Lauf {found.pk}: {revert_import(found)}")
        except UndoError as exc:
            messages.error(request, str(exc))
        return redirect("transfer_import_runs", slug=region.slug)
    context = {
        "region": region,
        "run": found,
        "kind": KINDS.get(found.kind, found.kind),
        "created": len(found.created),
        "changed": len(found.changed),
    }
    return render(request, "transfer_kit/import_undo.html", context)
