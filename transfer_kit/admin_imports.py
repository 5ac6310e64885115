"""Platform admin (public schema /cms/): a region's import runs, each undoable after a
confirmation. Only superusers of the public admin; on region hosts these URLs answer 404.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from tenants.models import Region
from transfer_kit import jobs
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


def _undo_work(run_pk: int, back: str):
    """Undo as a background job (transfer_kit.jobs); revert_import names the region's schema
    itself (tenant_context) and is all or nothing."""

    def work(progress) -> dict:
        run = ImportRun.objects.select_related("region").get(pk=run_pk)
        try:
            message = revert_import(run, progress=progress)
        except UndoError as exc:
            raise jobs.JobFailed(
                [{"where": f"Import-Lauf {run.pk}", "problem": str(exc), "fix": "Nichts zu tun."}]
            ) from None
        return {
            "marker": "undone",
            "heading": f"Import-Lauf {run.pk} rückgängig gemacht: {message}",
            "links": [{"text": "Zu den Import-Läufen der Region", "href": back}],
        }

    return work


def undo_run(request, slug: str, run: int):
    """GET: what undo would do, with a confirm button. POST: undo it in the background,
    answered with the progress page."""
    _platform_admin(request)
    region = _region(slug)
    # a run of another region is unknown here: one region never undoes another's import
    found = ImportRun.objects.filter(region=region, pk=run).first()
    if found is None:
        raise Http404("Kein solcher Import-Lauf in dieser Region.")
    if request.method == "POST":
        back = reverse("transfer_import_runs", args=[region.slug])
        title = f"Import-Lauf {found.pk} in „{region.name}“ rückgängig machen"
        job = jobs.start("undo", title, _undo_work(found.pk, back), back=back)
        return redirect("transfer_job", job_id=job.id)
    context = {
        "region": region,
        "run": found,
        "kind": KINDS.get(found.kind, found.kind),
        "created": len(found.created),
        "changed": len(found.changed),
    }
    return render(request, "transfer_kit/import_undo.html", context)
