"""Updating a region from its changed region file: the dry run lists every change and writes
nothing; applying changes brand, editors and towns, never pages; other regions stay as they
are; a file of another region is refused."""

import shutil
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django_tenants.utils import tenant_context
from wagtail.models import Page

from tenants.models import Region
from tests import factories
from themes.models import BrandSettings
from transfer_kit.models import RegionProfile
from transfer_kit.onboarding.run import onboard

EXAMPLES = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples"
PAGE = "/cms/region-aktualisieren/"


def _gera_file(folder: Path) -> Path:
    """gera.toml without its imports, beside its logo."""
    text = (EXAMPLES / "gera.toml").read_text(encoding="utf-8")
    text = text[: text.index("[imports]")]
    shutil.copy(EXAMPLES / "gera-logo.png", folder / "gera-logo.png")
    (folder / "gera.toml").write_text(text, encoding="utf-8")
    return folder / "gera.toml"


def _changed(path: Path) -> SimpleUploadedFile:
    """The region file with a new header colour, a new editor, Ronneburg out, Zeulenroda in."""
    text = path.read_text(encoding="utf-8")
    text = text.replace('secondary_color = "#fff4d6"', 'secondary_color = "#f2f7fb"')
    text = text.replace('name = "Ronneburg"', 'name = "Zeulenroda-Triebes"')
    text += '\n[[editors]]\nname = "Lea Neu"\nemail = "lea.neu@gera.example"\n'
    return SimpleUploadedFile("gera.toml", text.encode("utf-8"))


def _onboarded_gera(tmp_path, django_capture_on_commit_callbacks) -> Region:
    path = _gera_file(tmp_path)
    with django_capture_on_commit_callbacks(execute=True):
        onboard(path, write=lambda line: None)
    gera = Region.objects.get(slug="gera")
    with tenant_context(gera):  # an editor has worked on the imprint page
        imprint = Page.objects.get(slug="impressum")
        imprint.title = "Impressum (von der Redaktion bearbeitet)"
        imprint.save()
    mail.outbox.clear()
    return gera


def _platform_admin(client):
    connection.set_schema_to_public()
    client.force_login(factories.user("plattform-admin", superuser=True))


def test_dry_run_lists_changes_then_apply_changes_brand_editors_towns_but_no_page(
    taxonomies, jena_region, portal_client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    gera = _onboarded_gera(tmp_path, django_capture_on_commit_callbacks)
    with tenant_context(jena_region):
        jena_brand = BrandSettings.load().secondary_color
    _platform_admin(portal_client)
    # when the changed file is checked
    html = portal_client.post(
        f"{PAGE}gera/", {"region_file": _changed(tmp_path / "gera.toml")}
    ).content.decode()
    # then every change is listed and nothing is written yet
    assert "Probelauf: diese Änderungen würden übernommen (nichts gespeichert)" in html
    assert "<li>Marke secondary_color: „#fff4d6“ → „#f2f7fb“</li>" in html
    assert "<li>Einladung an Lea Neu &lt;lea.neu@gera.example&gt; (Redakteur:in)</li>" in html
    assert "<li>Ort neu: Zeulenroda-Triebes</li>" in html
    assert "<li>Ort entfällt: Ronneburg</li>" in html
    assert "Logo:" not in html  # same logo: no change, no new image
    with tenant_context(gera):
        assert BrandSettings.load().secondary_color == "#fff4d6"
        assert not get_user_model().objects.filter(email="lea.neu@gera.example").exists()
    (staged,) = (tmp_path / "uploads").iterdir()
    # when the changes are applied
    with django_capture_on_commit_callbacks(execute=True):
        response = portal_client.post(f"{PAGE}gera/", {"upload": staged.name}, follow=True)
        done = response.content.decode()
    assert 'data-result="applied"' in done  # the progress page of the finished job
    # then brand, editors and towns are changed, the edited page is not
    assert "„Gera“ aktualisiert: 4 Änderungen" in done
    with tenant_context(gera):
        assert BrandSettings.load().secondary_color == "#f2f7fb"
        assert BrandSettings.load().imprint_page.title == "Impressum (von der Redaktion bearbeitet)"
        assert get_user_model().objects.filter(email="lea.neu@gera.example").exists()
        assert get_user_model().objects.count() == 4
    assert [m.to for m in mail.outbox] == [["lea.neu@gera.example"]]
    towns = [t["name"] for t in RegionProfile.objects.get(region=gera).towns]
    assert towns == ["Gera", "Bad Köstritz", "Zeulenroda-Triebes", "Weida", "Greiz"]
    # and another region is untouched
    with tenant_context(jena_region):
        assert BrandSettings.load().secondary_color == jena_brand
    # and checking the same file again finds nothing to change
    again = portal_client.post(
        f"{PAGE}gera/", {"region_file": _changed(tmp_path / "gera.toml")}
    ).content.decode()
    assert "Keine Änderungen – die Region entspricht schon der Datei." in again


def test_the_file_of_another_region_is_refused_and_changes_nothing(
    taxonomies, jena_region, portal_client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    _onboarded_gera(tmp_path, django_capture_on_commit_callbacks)
    _platform_admin(portal_client)
    with tenant_context(jena_region):
        before = BrandSettings.load().secondary_color
    html = portal_client.post(
        f"{PAGE}jena/", {"region_file": _changed(tmp_path / "gera.toml")}
    ).content.decode()
    assert "1 Problem in der Regionsbeschreibung – nichts geändert" in html
    assert "<strong>slug</strong>: erwartet „jena“ (die Region, die aktualisiert wird)" in html
    with tenant_context(jena_region):
        assert BrandSettings.load().secondary_color == before


def test_region_admin_cannot_update(jena_region, jena_client):
    with tenant_context(jena_region):
        jena_client.force_login(factories.user("jena-root", superuser=True))
    assert jena_client.get(f"{PAGE}jena/").status_code == 404


def test_update_region_command_dry_run_then_apply(
    taxonomies, tmp_path, django_capture_on_commit_callbacks
):
    from io import StringIO

    from django.core.management import call_command

    gera = _onboarded_gera(tmp_path, django_capture_on_commit_callbacks)
    changed = tmp_path / "neu.toml"
    changed.write_bytes(_changed(tmp_path / "gera.toml").read())
    out = StringIO()
    call_command("update_region", "gera", str(changed), "--dry-run", stdout=out)
    assert "  Ort neu: Zeulenroda-Triebes\n" in out.getvalue()
    assert out.getvalue().endswith("Probelauf: nichts geändert.\n")
    with tenant_context(gera):
        assert BrandSettings.load().secondary_color == "#fff4d6"
    out = StringIO()
    call_command("update_region", "gera", str(changed), stdout=out)
    assert out.getvalue().endswith("4 Änderung(en) übernommen.\n")
    with tenant_context(gera):
        assert BrandSettings.load().secondary_color == "#f2f7fb"
