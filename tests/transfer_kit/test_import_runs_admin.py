"""The platform admin lists a region's import runs and undoes one after a confirmation;
region admins cannot, and one region's slug never reaches another region's run."""

from django.db import connection
from django_tenants.utils import tenant_context

from einblick.employers.models import Employer
from tests import factories
from transfer_kit.importing.mapping import build_mapping
from transfer_kit.importing.runner import run_import
from transfer_kit.models import ImportRun

from .messy import employers_xlsx

PAGE = "/cms/regionen-importe/"


def _import(region, path):
    with tenant_context(region):
        mapping, _ = build_mapping("employers", "crm")
        return run_import("employers", path, mapping, progress=False)


def _platform_admin(client):
    connection.set_schema_to_public()
    client.force_login(factories.user("plattform-admin", superuser=True))


def test_platform_admin_undoes_an_import_run_after_confirming(
    taxonomies, tmp_path, jena_region, portal_client
):
    # given an import of 3 employers into Jena
    report = _import(jena_region, employers_xlsx(tmp_path / "f.xlsx", 3))
    _platform_admin(portal_client)
    # when the platform admin opens Jena's import runs
    listing = portal_client.get(f"{PAGE}jena/").content.decode()
    # then the run is listed with its result and an undo link
    assert f'data-run="{report.run_id}"' in listing
    assert "3 neu angelegt" in listing
    assert f'href="{PAGE}jena/{report.run_id}/rueckgaengig/">Rückgängig machen' in listing
    # when the undo link is opened, then it says what would happen and changes nothing yet
    confirm = portal_client.get(f"{PAGE}jena/{report.run_id}/rueckgaengig/").content.decode()
    assert "entfernt 3 neu angelegte Einträge und stellt 0 geänderte" in confirm
    with tenant_context(jena_region):
        assert Employer.objects.count() == 3
    # when it is confirmed
    done = portal_client.post(f"{PAGE}jena/{report.run_id}/rueckgaengig/", follow=True)
    # then the progress page says so, the employers are gone and the run is marked as undone
    page = done.content.decode()
    assert f"Import-Lauf {report.run_id} rückgängig gemacht: 3 neu angelegte Einträge" in page
    assert "rückgängig gemacht am" in portal_client.get(f"{PAGE}jena/").content.decode()
    with tenant_context(jena_region):
        assert Employer.objects.count() == 0
    # and a second undo is refused with a message
    again = portal_client.post(f"{PAGE}jena/{report.run_id}/rueckgaengig/", follow=True)
    assert "Abgebrochen – nichts wurde gespeichert" in again.content.decode()
    assert "wurde schon am" in again.content.decode()


def test_a_run_of_jena_is_not_reachable_through_weimar(
    taxonomies, tmp_path, jena_region, weimar_region, portal_client
):
    # given an import into Jena
    report = _import(jena_region, employers_xlsx(tmp_path / "f.xlsx", 2))
    _platform_admin(portal_client)
    # when the run is addressed through Weimar
    listing = portal_client.get(f"{PAGE}weimar/").content.decode()
    response = portal_client.post(f"{PAGE}weimar/{report.run_id}/rueckgaengig/")
    # then Weimar lists nothing and the undo answers 404; Jena's employers stay
    assert "Noch keine Import-Läufe in dieser Region." in listing
    assert response.status_code == 404
    assert ImportRun.objects.get(pk=report.run_id).reverted_at is None
    with tenant_context(jena_region):
        assert Employer.objects.count() == 2


def test_region_admin_and_non_superuser_cannot_undo(
    taxonomies, tmp_path, jena_region, jena_client, portal_client
):
    report = _import(jena_region, employers_xlsx(tmp_path / "f.xlsx", 1))
    with tenant_context(jena_region):
        jena_client.force_login(factories.user("jena-root", superuser=True))
    assert jena_client.get(f"{PAGE}jena/").status_code == 404
    assert jena_client.post(f"{PAGE}jena/{report.run_id}/rueckgaengig/").status_code == 404
    connection.set_schema_to_public()
    portal_client.force_login(factories.user("plattform-redaktion", superuser=False))
    assert portal_client.post(f"{PAGE}jena/{report.run_id}/rueckgaengig/").status_code in (302, 403)
    assert ImportRun.objects.get(pk=report.run_id).reverted_at is None
