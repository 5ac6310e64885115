"""Long platform-admin work runs as a job with a progress page and a small JSON status:
onboarding (create), region update and undo end in 'done' or 'failed' (nothing kept), the
status names the step, done/total and every problem with what to do; only platform admins
reach it, region hosts answer 404. The thread runs the work on its own connection in the
schema it was given."""

import json
import threading
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django_tenants.utils import tenant_context

from einblick.employers.models import Employer
from tenants.models import Region
from tests import factories
from transfer_kit import jobs
from transfer_kit.importing import onboarding as onboarding_imports

EXAMPLES = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples"
PAGE = "/cms/region-einrichten/"
JOBS = "/cms/auftraege/"


def _upload(path: Path) -> SimpleUploadedFile:
    return SimpleUploadedFile(path.name, path.read_bytes())


def _platform_admin(client):
    connection.set_schema_to_public()
    client.force_login(factories.user("plattform-admin", superuser=True))


def _staged_gera(client, tmp_path) -> str:
    """Dry run of the Gera example; returns the upload id the create button sends."""
    uploads = tmp_path / "uploads"
    before = set(uploads.iterdir()) if uploads.exists() else set()
    names = ("gera-logo.png", "gera-arbeitgeber.csv", "gera-angebote.csv")
    files = [_upload(EXAMPLES / name) for name in names]
    response = client.post(
        PAGE, {"region_file": _upload(EXAMPLES / "gera.toml"), "files": files}, follow=True
    )
    assert 'data-result="dry-run"' in response.content.decode()
    (staged,) = set(uploads.iterdir()) - before
    return staged.name


def _job_id(response) -> str:
    assert response.status_code == 302
    assert response["Location"].startswith(JOBS)
    return response["Location"].removeprefix(JOBS).strip("/")


def _status(client, started) -> dict:
    return json.loads(client.get(f"{JOBS}{_job_id(started)}/status/").content)


def test_create_runs_as_a_job_and_its_status_says_done_with_the_result(
    taxonomies, portal_client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _platform_admin(portal_client)
    upload = _staged_gera(portal_client, tmp_path)
    # when the admin creates the region
    with django_capture_on_commit_callbacks(execute=True):
        job_id = _job_id(portal_client.post(PAGE, {"upload": upload}))
    # then the status says done, with every step and the imported rows counted
    status = portal_client.get(f"{JOBS}{job_id}/status/")
    assert status["Content-Type"] == "application/json"
    data = json.loads(status.content)
    assert (data["state"], data["percent"], data["errors"]) == ("done", 100, [])
    assert data["text"] == "Region aus „gera.toml“ anlegen: fertig."
    assert data["step"] == "Suchindex aufbauen"  # once, after both imports
    steps = [line.split("  ")[0] for line in data["lines"]]
    assert steps.count("✓ Suchindex aufbauen") == 1
    assert "✓ Startseiten anlegen" in steps
    offers = next(line for line in data["lines"] if line.startswith("✓ Angebote importieren"))
    assert "60 neu angelegt" in offers
    # and the progress page shows the result without refreshing itself any more
    html = portal_client.get(f"{JOBS}{job_id}/").content.decode()
    assert 'data-result="created"' in html
    assert "Region „Gera“ angelegt – Status: in Vorbereitung" in html
    assert 'href="http://gera.localhost:8000/vorschau/' in html
    assert "<strong>Arbeitgeber:</strong> 500 neu angelegt" in html
    assert 'http-equiv="refresh"' not in html
    gera = Region.objects.get(slug="gera")
    with tenant_context(gera):
        assert Employer.objects.count() == 500
    assert not (tmp_path / "uploads" / upload).exists()


def test_a_failure_keeps_nothing_and_names_the_problem(
    taxonomies, portal_client, settings, tmp_path, monkeypatch
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _platform_admin(portal_client)
    upload = _staged_gera(portal_client, tmp_path)

    def broken_imports(rf, steps):  # fails after region, pages and editors were written
        raise ValueError("Datenbank voll")

    monkeypatch.setattr(onboarding_imports, "run_onboarding_imports", broken_imports)
    job_id = _job_id(portal_client.post(PAGE, {"upload": upload}))
    data = json.loads(portal_client.get(f"{JOBS}{job_id}/status/").content)
    assert data["state"] == "failed"
    assert data["text"] == "Region aus „gera.toml“ anlegen: abgebrochen, nichts wurde gespeichert."
    (error,) = data["errors"]
    assert error["where"] == "Redakteur:innen einladen"  # the last step that started
    assert error["problem"] == "ValueError: Datenbank voll"
    assert error["fix"].startswith("Angaben prüfen und erneut starten")
    html = portal_client.get(f"{JOBS}{job_id}/").content.decode()
    assert "Abgebrochen – nichts wurde gespeichert" in html
    assert f'href="{PAGE}" data-job-back>Zurück' in html
    # nothing half-written: no region row, no schema, and the upload stays for a new try
    assert not Region.objects.filter(slug="gera").exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'gera'")
        assert cursor.fetchone() is None
    assert (tmp_path / "uploads" / upload).exists()


def test_a_region_file_problem_at_creation_is_named_with_its_field_and_fix(
    taxonomies, portal_client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _platform_admin(portal_client)
    upload, other = _staged_gera(portal_client, tmp_path), _staged_gera(portal_client, tmp_path)
    # another admin created Gera meanwhile from an upload of the same file
    with django_capture_on_commit_callbacks(execute=True):
        first = _status(portal_client, portal_client.post(PAGE, {"upload": other}))
    assert first["state"] == "done"
    data = _status(portal_client, portal_client.post(PAGE, {"upload": upload}))
    assert data["state"] == "failed"
    wheres = [e["where"] for e in data["errors"]]
    assert "slug" in wheres
    slug = data["errors"][wheres.index("slug")]
    assert slug["problem"].startswith("erwartet ")
    assert slug["fix"]
    assert Region.objects.filter(slug="gera").count() == 1


def test_status_and_page_are_for_platform_admins_only(
    db, portal_client, jena_region, jena_client, settings
):
    job = jobs.start("undo", "Probe", lambda progress: {"marker": "x", "heading": "fertig"})
    # anonymous: to the login; logged in without superuser rights: refused
    assert portal_client.get(f"{JOBS}{job.id}/status/").status_code == 302
    connection.set_schema_to_public()
    portal_client.force_login(factories.user("plattform-redaktion", superuser=False))
    assert portal_client.get(f"{JOBS}{job.id}/status/").status_code in (302, 403)
    assert portal_client.get(f"{JOBS}{job.id}/").status_code in (302, 403)
    # a region host does not know these URLs, not even for its superuser
    with tenant_context(jena_region):
        jena_client.force_login(factories.user("jena-root", superuser=True))
    assert jena_client.get(f"{JOBS}{job.id}/status/").status_code == 404
    # unknown and malformed ids: 404, never a file outside the job folder
    _platform_admin(portal_client)
    assert portal_client.get(f"{JOBS}{job.id}/status/").status_code == 200
    assert portal_client.get(f"{JOBS}{'0' * 32}/status/").status_code == 404
    assert portal_client.get(f"{JOBS}..%2F..%2Fsettings/status/").status_code == 404


@pytest.mark.django_db
def test_the_thread_reports_progress_and_works_in_the_schema_it_was_given(
    portal_client, jena_region, settings
):
    settings.TRANSFER_JOBS_INLINE = False
    _platform_admin(portal_client)
    release, seen = threading.Event(), {}

    def work(progress):
        seen["schema"] = connection.schema_name
        seen["employers"] = Employer.objects.count()  # a region table: needs the schema
        progress.step("Angebote importieren")
        progress.count(40, 200)
        release.wait(30)
        return {"marker": "done", "heading": "fertig"}

    job = jobs.start("onboarding", "Probe", work, schema=jena_region.schema_name)
    try:
        # while it runs, the page refreshes itself and the status counts the rows
        for _ in range(100):
            data = json.loads(portal_client.get(f"{JOBS}{job.id}/status/").content)
            if data["done"] == 40:
                break
            threading.Event().wait(0.05)
        assert (data["state"], data["step"], data["done"], data["total"]) == (
            "running", "Angebote importieren", 40, 200,
        )  # fmt: skip
        assert data["percent"] == 20
        assert data["text"] == "Probe: Angebote importieren (40 von 200)"
        html = portal_client.get(f"{JOBS}{job.id}/").content.decode()
        assert '<meta http-equiv="refresh" content="2">' in html
        assert 'value="20"' in html
        assert "transfer_kit/job_progress.js" in html
    finally:
        release.set()
        jobs.wait(job.id)
    assert jobs.load(job.id).state == "done"
    assert seen["schema"] == jena_region.schema_name
    assert connection.schema_name == "public"  # the request's connection never moved


@pytest.mark.django_db
def test_a_failing_thread_ends_failed(settings):
    settings.TRANSFER_JOBS_INLINE = False

    def work(progress):
        progress.step("Suchindex aktualisieren")
        raise RuntimeError("Index gesperrt")

    job = jobs.start("undo", "Probe", work)
    jobs.wait(job.id)
    failed = jobs.load(job.id)
    assert failed.state == "failed"
    assert failed.errors[0]["where"] == "Suchindex aktualisieren"
    assert failed.errors[0]["problem"] == "RuntimeError: Index gesperrt"
