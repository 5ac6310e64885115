"""Platform admin (public schema /cms/): update a region from its changed region file.

Upload the file (and a new logo if it names one) → dry run: every change listed, nothing
written → apply. Brand, agency and legal details, new editors and towns change; pages,
addresses and imported data never do. Only superusers; 404 on region hosts.
"""

import shutil

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from tenants.models import Region
from transfer_kit import jobs
from transfer_kit.admin_lifecycle import _platform_admin
from transfer_kit.admin_onboarding import UploadForm, _staged, _store, problem_errors
from transfer_kit.onboarding.brand_preview import brand_preview
from transfer_kit.onboarding.run import OnboardingError
from transfer_kit.onboarding.update import apply_update, plan_update


class UpdateForm(UploadForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].label = "Logo (nur wenn es sich ändert)"
        self.fields[
            "files"
        ].help_text = "Der Dateiname wie in der Regionsbeschreibung; ohne Upload bleibt das Logo."


def _region(slug: str) -> Region:
    region = Region.objects.filter(slug=slug).exclude(schema_name="public").first()
    if region is None:
        raise Http404("Unbekannte Region.")
    return region


def _plan(region, path, context) -> None:
    try:
        plan = plan_update(region, path)
    except OnboardingError as exc:
        context["problems"] = exc.problems
        return
    context["plan"] = plan
    if plan.logo_changed:
        context["brand"] = brand_preview(plan.rf)
    return plan


def _apply_work(region_pk: int, path):
    """Apply as a background job (transfer_kit.jobs): the file is checked again (it may have
    been planned minutes ago), then written in one transaction."""

    def work(progress) -> dict:
        region = Region.objects.get(pk=region_pk)
        progress.step("Regionsbeschreibung prüfen")
        try:
            plan = plan_update(region, path)
        except OnboardingError as exc:
            raise jobs.JobFailed(problem_errors(exc.problems)) from None
        progress.step(f"{len(plan.changes)} Änderungen übernehmen")
        changes = apply_update(plan)
        shutil.rmtree(path.parent, ignore_errors=True)
        count = f"{len(changes)} Änderung{'' if len(changes) == 1 else 'en'}"
        return {
            "marker": "applied",
            "heading": f"„{region.name}“ aktualisiert: {count}",
            "items": changes or ["Keine Änderungen."],
            "links": [{"text": "Zurück zu „Regionen: Status“",
                       "href": reverse("transfer_region_lifecycle")}],
        }  # fmt: skip

    return work


def region_update(request, slug: str):
    """GET: the upload form. POST with files: dry run. POST `upload`: apply it in the
    background, answered with the progress page."""
    _platform_admin(request)
    region = _region(slug)
    template = "transfer_kit/region_update.html"
    context = {"region": region, "form": UpdateForm()}
    if request.method != "POST":
        return render(request, template, context)
    if "upload" in request.POST:
        path = _staged(request.POST["upload"])
        if path is None:
            context["gone"] = True
            return render(request, template, context, status=400)
        job = jobs.start(
            "update",
            f"„{region.name}“ aus der Regionsbeschreibung aktualisieren",
            _apply_work(region.pk, path),
            back=reverse("transfer_region_update", args=[region.slug]),
        )
        return redirect("transfer_job", job_id=job.id)
    form = UpdateForm(request.POST, request.FILES)
    context["form"] = form
    if not form.is_valid():
        return render(request, template, context, status=400)
    path = _store(form)
    if _plan(region, path, context) is None:
        shutil.rmtree(path.parent, ignore_errors=True)
    else:
        context["upload"] = path.parent.name
    return render(request, template, context)
