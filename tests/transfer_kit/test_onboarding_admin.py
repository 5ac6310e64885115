"""Onboarding in the platform admin: upload → dry run with import preview → create."""

from pathlib import Path

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django_tenants.utils import tenant_context

from einblick.employers.models import Employer
from tenants.models import Region
from tests import factories

EXAMPLES = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples"
BROKEN = Path(__file__).parent / "data" / "broken-gera.toml"
PAGE = "/cms/region-einrichten/"


def _upload(path: Path) -> SimpleUploadedFile:
    return SimpleUploadedFile(path.name, path.read_bytes())


def _platform_admin(client):
    connection.set_schema_to_public()
    client.force_login(factories.user("plattform-admin", superuser=True))


def _gera_files():
    return {
        "region_file": _upload(EXAMPLES / "gera.toml"),
        "files": [
            _upload(EXAMPLES / name)
            for name in ("gera-logo.png", "gera-arbeitgeber.csv", "gera-angebote.csv")
        ],
    }


def test_dry_run_previews_steps_and_imports_and_keeps_nothing(
    taxonomies, portal_client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _platform_admin(portal_client)
    with django_capture_on_commit_callbacks(execute=True):
        response = portal_client.post(PAGE, _gera_files(), follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert response.redirect_chain[0][0].startswith("/cms/auftraege/")  # a job's page
    assert "Probelauf: so würde „Gera“ angelegt (nichts gespeichert)" in html
    assert "<strong>Arbeitgeber:</strong> 500 neu" in html
    assert (
        "<strong>Angebote:</strong> 60 neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen, 0 fehlerhaft"
        in html
    )
    assert "Startseiten anlegen" in html
    assert not Region.objects.filter(slug="gera").exists()
    assert mail.outbox == []
    (staged,) = (tmp_path / "uploads").iterdir()
    assert f'name="upload" value="{staged.name}"' in html


def test_create_after_dry_run_makes_the_region_in_preparation(
    taxonomies, portal_client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _platform_admin(portal_client)
    portal_client.post(PAGE, _gera_files())
    (staged,) = (tmp_path / "uploads").iterdir()
    with django_capture_on_commit_callbacks(execute=True):
        response = portal_client.post(PAGE, {"upload": staged.name}, follow=True)
    # (the run is a job: the answer is its progress page, finished here)
    assert response.redirect_chain[0][0].startswith("/cms/auftraege/")
    created = response.content.decode()
    assert "Region „Gera“ angelegt – Status: in Vorbereitung" in created
    assert "http://gera.localhost:8000/vorschau/" in created
    gera = Region.objects.get(slug="gera")
    assert gera.lifecycle == "preparation"
    with tenant_context(gera):
        assert Employer.objects.count() == 500
    assert not staged.exists()


def test_broken_region_file_lists_every_problem_and_creates_nothing(
    db, portal_client, settings, tmp_path
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _platform_admin(portal_client)
    html = portal_client.post(PAGE, {"region_file": _upload(BROKEN)}).content.decode()
    assert "7 Probleme in der Regionsbeschreibung – nichts angelegt" in html
    assert "<strong>agency.email</strong>" in html
    assert not Region.objects.filter(name="Gera").exists()


def test_wrong_file_type_and_unknown_upload_are_form_errors_not_500(
    db, portal_client, settings, tmp_path
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _platform_admin(portal_client)
    wrong = portal_client.post(PAGE, {"region_file": SimpleUploadedFile("gera.txt", b"x")})
    assert wrong.status_code == 400
    assert "Regionsbeschreibung (.toml): Bitte eine Regionsbeschreibung" in wrong.content.decode()
    gone = portal_client.post(PAGE, {"upload": "../../etc"})
    assert gone.status_code == 400
    assert "nicht mehr vorhanden" in gone.content.decode()


def test_region_admin_cannot_onboard(jena_region, jena_client):
    with tenant_context(jena_region):
        jena_client.force_login(factories.user("jena-root", superuser=True))
    assert jena_client.get(PAGE).status_code == 404


def test_region_created_after_a_dry_run_goes_live_with_its_offers_in_the_search(
    taxonomies, portal_client, settings, tmp_path, django_capture_on_commit_callbacks
):
    from search.query import document_counts

    # given a region created from the admin after its dry run (same schema name twice)
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _platform_admin(portal_client)
    portal_client.post(PAGE, _gera_files())
    (staged,) = (tmp_path / "uploads").iterdir()
    with django_capture_on_commit_callbacks(execute=True):
        portal_client.post(PAGE, {"upload": staged.name})
    # when the platform admin switches it online
    response = portal_client.post("/cms/regionen-lebenszyklus/gera/online/")
    # then its imported offers are search documents and the portal lists it
    assert response.status_code == 302
    assert document_counts(["gera"])[("gera", "offer")] == 60
    assert "gera.localhost" in portal_client.get("/").content.decode()
