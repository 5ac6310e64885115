"""Region lifecycle: in preparation (editors and preview link only) → live ⇄ deactivated →
deleted after an automatic export."""

import datetime as dt
import json
import os
import zipfile
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_exists, tenant_context

from tenants.lifecycle import LifecycleError, go_live, mark_in_preparation, set_status
from tenants.models import Region, Status
from tenants.preview import preview_token
from tenants.provisioning import RegionSpec, create_region
from tests import factories
from transfer_kit.lifecycle import purge_region_archives

PREPARATION_TEXT = "Dieses Arbeitgeberportal wird gerade vorbereitet"


@pytest.fixture
def jena_prepared(jena_region):
    mark_in_preparation(jena_region)
    connection.set_schema_to_public()
    return jena_region


@pytest.fixture
def archive_dir(settings, tmp_path):
    settings.REGION_ARCHIVE_DIR = tmp_path / "archive"
    return settings.REGION_ARCHIVE_DIR


def test_region_in_preparation_shows_only_the_preparation_page_to_visitors(
    jena_prepared, jena_client
):
    for path in ("/", "/angebote/", "/suche/?q=Praktikum", "/sitemap.xml"):
        response = jena_client.get(path)
        assert response.status_code == 404, path
        assert PREPARATION_TEXT in response.content.decode()
        assert response["X-Robots-Tag"] == "noindex"
        assert "Set-Cookie" not in response
    assert jena_client.get("/cms/login/").status_code == 200


def test_region_in_preparation_is_listed_nowhere(
    offers_in_both_regions, jena_prepared, portal_client
):
    portal = portal_client.get("/").content.decode()
    unknown = portal_client.get("/", HTTP_HOST="nirgendwo.localhost").content.decode()
    assert "jena.localhost" not in portal
    assert "weimar.localhost" in portal
    assert "jena.localhost" not in unknown
    assert "weimar.localhost" in unknown


def test_preview_link_opens_the_region_for_that_browser(jena_prepared, jena_client):
    opened = jena_client.get(f"/vorschau/{preview_token(jena_prepared)}/")
    assert opened.status_code == 302
    assert opened["Location"] == "/"
    home = jena_client.get("/")
    assert home.status_code == 200
    assert PREPARATION_TEXT not in home.content.decode()


def test_preview_link_of_one_region_does_not_open_another(
    jena_prepared, weimar_region, weimar_client
):
    mark_in_preparation(weimar_region)
    connection.set_schema_to_public()
    refused = weimar_client.get(f"/vorschau/{preview_token(jena_prepared)}/")
    assert refused.status_code == 404
    assert "Der Vorschau-Link ist ungültig oder abgelaufen" in refused.content.decode()
    assert weimar_client.get("/").status_code == 404


def test_tampered_preview_link_is_refused(jena_prepared, jena_client):
    token = preview_token(jena_prepared)
    assert jena_client.get(f"/vorschau/{token}x/").status_code == 404
    assert jena_client.get("/").status_code == 404


def test_logged_in_editor_of_the_region_sees_the_pages(jena_prepared, jena_client):
    with tenant_context(jena_prepared):
        editor = factories.user("vorschau-redaktion", superuser=True)
        jena_client.force_login(editor)
    assert jena_client.get("/").status_code == 200


def test_going_live_lists_the_region_and_serves_everybody(
    offers_in_both_regions, jena_prepared, jena_client, portal_client
):
    go_live(jena_prepared)
    assert jena_client.get("/").status_code == 200
    assert "jena.localhost" in portal_client.get("/").content.decode()
    assert Region.objects.get(slug="jena").is_active is True


def test_lifecycle_refuses_moves_it_does_not_know(jena_prepared):
    with pytest.raises(LifecycleError) as refused:
        set_status(jena_prepared, Status.DEACTIVATED)
    assert str(refused.value) == (
        "Die Region „Jena“ ist in Vorbereitung; „deaktiviert“ geht von dort nicht. "
        "Möglich: „online“."
    )


def test_region_status_command_moves_a_region_through_its_lifecycle(jena_prepared, jena_client):
    out = StringIO()
    call_command("region_status", "jena", "--vorschau", stdout=out)
    assert "Region „Jena“: in Vorbereitung" in out.getvalue()
    assert "Vorschau-Link (30 Tage gültig): http://jena.localhost:8000/vorschau/" in out.getvalue()
    call_command("region_status", "jena", "online", stdout=StringIO())
    assert jena_client.get("/").status_code == 200
    call_command("region_status", "jena", "deaktiviert", stdout=StringIO())
    assert jena_client.get("/").status_code == 410
    call_command("region_status", "jena", "online", stdout=StringIO())
    assert jena_client.get("/").status_code == 200
    with pytest.raises(CommandError, match="Unbekannter Status „vielleicht“"):
        call_command("region_status", "jena", "vielleicht", stdout=StringIO())


def _test_region() -> Region:
    region = create_region(
        RegionSpec(name="Probe", slug="probe", domains=["probe.localhost"], regional_key="16")
    )
    connection.set_schema_to_public()
    return region


def test_delete_region_refuses_a_live_region(db, archive_dir):
    region = _test_region()
    with pytest.raises(CommandError, match="bitte zuerst deaktivieren"):
        call_command("delete_region", "probe", "--ja", stdout=StringIO())
    assert Region.objects.filter(slug="probe").exists()
    assert not archive_dir.exists() or not any(archive_dir.iterdir())
    assert region.lifecycle == Status.LIVE


def test_delete_region_exports_first_then_removes_schema_row_and_domains(db, archive_dir):
    # given a region in preparation with one employer
    region = _test_region()
    mark_in_preparation(region)
    with tenant_context(region):
        factories.employer(name="Probebetrieb")
    connection.set_schema_to_public()
    # when it is deleted
    out = StringIO()
    call_command("delete_region", "probe", "--ja", stdout=out)
    # then the archive holds its content and nothing of the region remains
    (archive,) = archive_dir.glob("probe-*.zip")
    with zipfile.ZipFile(archive) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        content = json.loads(bundle.read("content.json"))
    assert manifest["counts"]["employers"] == 1
    assert [row["name"] for row in content["employers"]] == ["Probebetrieb"]
    assert not Region.objects.filter(slug="probe").exists()
    assert not schema_exists(region.schema_name)
    assert "Region „Probe“ gelöscht. Sicherung (" in out.getvalue()


def test_delete_region_asks_for_confirmation(db, archive_dir):
    _test_region()
    with pytest.raises(CommandError, match="delete_region probe --ja"):
        call_command("delete_region", "probe", stdout=StringIO())
    assert Region.objects.filter(slug="probe").exists()


def test_region_archives_are_purged_after_the_retention_period(settings, archive_dir):
    archive_dir.mkdir(parents=True)
    old, new = archive_dir / "alt-1.zip", archive_dir / "neu-1.zip"
    old.write_bytes(b"x")
    new.write_bytes(b"x")
    now = timezone.now()
    past = (now - dt.timedelta(days=settings.REGION_ARCHIVE_DAYS + 1)).timestamp()
    os.utime(old, (past, past))
    assert purge_region_archives(now) == 1
    assert sorted(p.name for p in archive_dir.iterdir()) == ["neu-1.zip"]


def test_going_live_from_the_admin_puts_the_offers_into_the_cross_region_search(
    taxonomies, jena_prepared, portal_client
):
    from search.query import document_counts
    from search.rebuild import rebuild
    from transfer_kit.lifecycle import move_region

    # given a region in preparation with a live offer, left out by a full index rebuild
    with tenant_context(jena_prepared):
        factories.offer("Schnuppertag in der Backstube")
    rebuild()
    assert document_counts(["jena"]).get(("jena", "offer"), 0) == 0
    # when the platform moves it online
    move_region(jena_prepared, Status.LIVE)
    # then its offer is a search document and the portal lists the region
    assert document_counts(["jena"])[("jena", "offer")] == 1
    assert "jena.localhost" in portal_client.get("/").content.decode()
