"""Platform admin (public schema /cms/): onboard a region from uploaded files.

Upload the region file with its logo and data files → the file's problems are listed at
once → dry run: the whole onboarding runs inside a transaction that is rolled back, so the
preview shows exactly what would happen (pages, editors, brand, import counts
new/updated/unchanged/failed with the first problems) → create: the same run, committed,
the region in preparation. Dry run and create run in the background (transfer_kit.jobs);
the admin watches their progress page, which ends with the result.
"""

import shutil
import uuid
from dataclasses import asdict
from pathlib import Path

from django import forms
from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import get_valid_filename
from wagtail.log_actions import LogContext

from tenants.lifecycle import LABELS
from tenants.preview import preview_url
from transfer_kit import jobs
from transfer_kit.admin_lifecycle import _platform_admin
from transfer_kit.onboarding.brand_preview import brand_preview
from transfer_kit.onboarding.run import OnboardingError, check_region_file, onboard
from transfer_kit.regionfile.loader import load_region_file

FIRST_PROBLEMS = 10


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(d, initial) for d in data]
        return [super().clean(data, initial)] if data else []


class UploadForm(forms.Form):
    region_file = forms.FileField(
        label="Regionsbeschreibung (.toml)",
        help_text="Die Datei nennt Logo und Datendateien mit ihrem Dateinamen.",
    )
    files = MultipleFileField(
        label="Logo und Datendateien (Excel, CSV)",
        required=False,
        help_text="Mehrere Dateien auswählbar; Namen wie in der Regionsbeschreibung.",
    )

    def clean_region_file(self):
        upload = self.cleaned_data["region_file"]
        if not upload.name.lower().endswith(".toml"):
            raise forms.ValidationError("Bitte eine Regionsbeschreibung im TOML-Format (.toml).")
        return upload


class _Rollback(Exception):
    def __init__(self, result):
        self.result = result


def _store(form) -> Path:
    folder = Path(settings.TRANSFER_UPLOAD_DIR) / uuid.uuid4().hex
    folder.mkdir(parents=True)
    for upload in [form.cleaned_data["region_file"], *form.cleaned_data["files"]]:
        with (folder / get_valid_filename(Path(upload.name).name)).open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
    return folder / get_valid_filename(Path(form.cleaned_data["region_file"].name).name)


def _imports(result) -> list[dict]:
    return [
        {
            "kind": "Arbeitgeber" if kind == "employers" else "Angebote",
            "summary": report.summary(),
            "problems": report.problems[:FIRST_PROBLEMS],
            "more": max(0, len(report.problems) - FIRST_PROBLEMS),
        }
        for kind, report in result.import_reports.items()
    ]


def _dry_run(path: Path, progress):
    """The full onboarding, rolled back: what would happen, nothing kept."""
    try:
        with transaction.atomic(), LogContext(user=None):  # see onboarding()
            result = onboard(path, write=progress.line, progress=progress)
            schema = result.region.schema_name
            raise _Rollback(result)
    except _Rollback as rolled_back:
        shutil.rmtree(Path(settings.MEDIA_ROOT) / schema, ignore_errors=True)
        return rolled_back.result


def _staged(upload_id: str) -> Path | None:
    """The region file of an earlier dry run's upload folder, or None."""
    if len(upload_id) != 32 or not all(c in "0123456789abcdef" for c in upload_id):
        return None
    folder = Path(settings.TRANSFER_UPLOAD_DIR) / upload_id
    tomls = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    return tomls[0] if tomls else None


def problem_errors(problems) -> list[dict]:
    """Region-file problems as job errors: where, what was expected and found, the fix."""
    return [
        {"where": p.path, "problem": f"erwartet {p.expected}, gefunden {p.found}", "fix": p.fix}
        for p in problems
    ]


def _job_imports(result) -> list[dict]:
    return [{**imp, "problems": [asdict(p) for p in imp["problems"]]} for imp in _imports(result)]


def _dry_run_work(path: Path):
    """The dry run as a background job: the result page shows every step, the import
    preview and the brand preview, with the button that creates the region."""

    def work(progress) -> dict:
        try:
            result = _dry_run(path, progress)
        except OnboardingError as exc:
            shutil.rmtree(path.parent, ignore_errors=True)
            raise jobs.JobFailed(problem_errors(exc.problems)) from None
        except Exception:
            shutil.rmtree(path.parent, ignore_errors=True)
            raise
        return {
            "marker": "dry-run",
            "heading": f"Probelauf: so würde „{result.region.name}“ angelegt (nichts gespeichert)",
            "brand": brand_preview(load_region_file(path)[0]),
            "imports": _job_imports(result),
            "confirm": {
                "action": reverse("transfer_onboarding"),
                "upload": path.parent.name,
                "label": "Region jetzt anlegen (in Vorbereitung)",
                "data": "create",
            },
        }

    return work


def _create_work(path: Path):
    """The real onboarding as a background job (transfer_kit.jobs): all or nothing."""

    def work(progress) -> dict:
        try:
            with LogContext(user=None):  # the platform admin's user id means nothing there
                result = onboard(path, write=progress.line, progress=progress)
        except OnboardingError as exc:
            raise jobs.JobFailed(problem_errors(exc.problems)) from None
        shutil.rmtree(path.parent, ignore_errors=True)
        region = result.region
        return {
            "marker": "created",
            "heading": f"Region „{region.name}“ angelegt – Status: {LABELS[region.lifecycle]}",
            "note": "Noch nicht öffentlich.",
            "links": [
                {"text": "Vorschau öffnen", "href": preview_url(region), "data": "preview-link"},
                {
                    "text": "Online schalten unter „Regionen: Status“",
                    "href": reverse("transfer_region_lifecycle"),
                },
                {"text": f"Redaktion: {result.url}cms/", "href": f"{result.url}cms/"},
            ],  # fmt: skip
            "imports": _job_imports(result),
        }

    return work


def onboarding(request):
    """GET: the upload form. POST with files: dry run. POST `upload`: create from it in the
    background (transfer_kit.jobs), answered with the progress page."""
    _platform_admin(request)
    context = {"form": UploadForm()}
    if request.method != "POST":
        return render(request, "transfer_kit/onboarding.html", context)
    if "upload" in request.POST:
        path = _staged(request.POST["upload"])
        if path is None:
            context["gone"] = True
            return render(request, "transfer_kit/onboarding.html", context, status=400)
        job = jobs.start(
            "onboarding",
            f"Region aus „{path.name}“ anlegen",
            _create_work(path),
            back=reverse("transfer_onboarding"),
        )
        return redirect("transfer_job", job_id=job.id)
    form = UploadForm(request.POST, request.FILES)
    context["form"] = form
    if not form.is_valid():
        return render(request, "transfer_kit/onboarding.html", context, status=400)
    path = _store(form)
    try:  # every problem of the files at once, before anything runs
        check_region_file(path)
    except OnboardingError as exc:
        context["problems"] = exc.problems
        shutil.rmtree(path.parent, ignore_errors=True)
        return render(request, "transfer_kit/onboarding.html", context)
    job = jobs.start(
        "dry-run",
        f"Probelauf für „{path.name}“",
        _dry_run_work(path),
        back=reverse("transfer_onboarding"),
    )
    return redirect("transfer_job", job_id=job.id)
