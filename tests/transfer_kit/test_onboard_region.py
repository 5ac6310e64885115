"""onboard_region: one command from region file to a working portal – or nothing at all."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_exists, tenant_context

from einblick.employers.models import Employer
from tenants.models import Domain, Region
from themes.models import BrandSettings
from transfer_kit.models import RegionProfile

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "transfer_kit" / "examples" / "gera.toml"
BROKEN = Path(__file__).parent / "data" / "broken-gera.toml"


def test_example_file_becomes_a_working_portal(taxonomies, django_capture_on_commit_callbacks):
    # when
    with django_capture_on_commit_callbacks(execute=True):
        call_command("onboard_region", str(EXAMPLE), "--online", stdout=StringIO())
    # then the region, its domain and profile exist
    region = Region.objects.get(slug="gera")
    assert list(region.domains.values_list("domain", flat=True)) == ["gera.localhost"]
    assert RegionProfile.objects.get(region=region).agency["name"] == "Wirtschaftsförderung Gera"
    # and the starter pages are live under the home page
    with tenant_context(region):
        from wagtail.models import Site

        home = Site.objects.get(is_default_site=True).root_page
        assert [p.title for p in home.get_children().live()] == [
            "Angebote",
            "Arbeitgeber",
            "Veranstaltungen",
            "Für Schüler:innen",
            "Für Eltern",
            "Für Schulen",
            "Für Unternehmen",
            "Aktuelles",
            "Impressum",
            "Datenschutz",
            "Erklärung zur Barrierefreiheit",
        ]
        # and the guide for recruiting from abroad sits below "Für Unternehmen"
        companies = home.get_children().get(slug="fuer-unternehmen")
        guide = companies.get_children().live().get(slug="fachkraefte-international")
        assert guide.get_children().live().get().title == "Ansprechpartner:innen vor Ort"
        # and the brand is applied: theme, colours, logo, legal links to the starter pages
        brand = BrandSettings.load()
        assert (brand.theme, brand.primary_color, brand.portal_name) == (
            "stadt",
            "#0b5a8c",
            "Einblick Gera",
        )
        assert brand.logo.title == "Logo Gera" and brand.imprint_page.slug == "impressum"
        assert brand.privacy_url == "https://www.gera.example/datenschutz"
        # and the editors exist without a usable password, in their groups
        users = {u.email: u for u in get_user_model().objects.all()}
        assert set(users) == {
            "maria.beispiel@gera.example",
            "jonas.muster@gera.example",
            "aylin.demir@gera.example",
        }
        assert not any(u.has_usable_password() for u in users.values())
        assert users["maria.beispiel@gera.example"].is_superuser
        assert [g.name for g in users["jonas.muster@gera.example"].groups.all()] == ["Moderators"]
        assert [g.name for g in users["aylin.demir@gera.example"].groups.all()] == ["Editors"]
        # and the 500 employers of the CRM export are public
        assert Employer.objects.public().count() == 500
        assert Employer.objects.get(external_id="K-10002").name == "Ostthüringer Kita 002 GmbH"
    # and every editor got an invitation with a set-password link on the region host
    assert sorted(m.to[0] for m in mail.outbox) == sorted(users)
    assert "http://gera.localhost:8000/cms/password_reset/confirm/" in mail.outbox[0].body
    # as text and HTML, in German, with the agency to reply to
    invitation = mail.outbox[0]
    (html, kind), *_ = invitation.alternatives
    assert kind == "text/html"
    assert "http://gera.localhost:8000/cms/password_reset/confirm/" in html
    assert invitation.subject == "Einladung: Redaktion für „Gera“"
    assert invitation.reply_to == ["einblick@gera.example"]
    # and the public pages answer on the region host
    client = Client(HTTP_HOST="gera.localhost")
    schools = client.get("/fuer-schulen/")
    assert schools.status_code == 200
    assert "Praktika und Ausbildung in Gera finden" in schools.content.decode()
    assert 'class="theme-stadt"' in schools.content.decode()
    assert "#0b5a8c" in schools.content.decode()
    assert client.get("/").status_code == 200


def test_invitation_link_lets_the_editor_set_a_password(
    taxonomies, django_capture_on_commit_callbacks
):
    # given an onboarded region
    with django_capture_on_commit_callbacks(execute=True):
        call_command("onboard_region", str(EXAMPLE), "--online", stdout=StringIO())
    body = next(m.body for m in mail.outbox if m.to == ["aylin.demir@gera.example"])
    link = next(line for line in body.splitlines() if "/password_reset/confirm/" in line)
    path = link.split(":8000", 1)[1]
    # when the editor follows the link and sets a password
    client = Client(HTTP_HOST="gera.localhost")
    form_url = client.get(path, follow=True).redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "Gera-ist-schoen-2026", "new_password2": "Gera-ist-schoen-2026"}
    )
    # then the password is set in Gera's schema
    assert response.status_code == 302
    connection.set_tenant(Region.objects.get(slug="gera"))
    user = get_user_model().objects.get(email="aylin.demir@gera.example")
    assert user.check_password("Gera-ist-schoen-2026")


def test_broken_file_reports_every_problem_and_creates_nothing(db):
    users_before = get_user_model().objects.count()
    # when
    with pytest.raises(CommandError) as excinfo:
        call_command("onboard_region", str(BROKEN), stdout=StringIO())
    # then every problem is in the one report
    report = str(excinfo.value)
    for path in (
        "state",
        "regional_key",
        "agency.email",
        "editors[1].email",
        "slug",
        "domains[1]",
        "theme.logo",
    ):
        assert f". {path}\n" in report, path
    assert report.startswith("7 Probleme in ")
    assert "gehört bereits zur Region „Weimar“" in report
    # and nothing was created
    assert not Domain.objects.filter(domain="gera-kaputt.localhost").exists()
    assert not Region.objects.filter(name="Gera").exists()
    assert get_user_model().objects.count() == users_before


def test_failure_midway_rolls_back_schema_domains_users_and_mails(
    db, monkeypatch, django_capture_on_commit_callbacks
):
    # given a step after region, pages and users that fails
    def explode(rf, steps):
        raise RuntimeError("Import kaputt")

    monkeypatch.setattr("transfer_kit.importing.onboarding.run_onboarding_imports", explode)
    # when
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(CommandError) as exc:
        call_command("onboard_region", str(EXAMPLE), "--online", stdout=StringIO())
    # then
    assert "alles wurde zurückgenommen: RuntimeError: Import kaputt" in str(exc.value)
    assert not schema_exists("gera")
    assert not Region.objects.filter(slug="gera").exists()
    assert not Domain.objects.filter(domain="gera.localhost").exists()
    assert not RegionProfile.objects.filter(region__slug="gera").exists()
    assert not get_user_model().objects.filter(email__endswith="@gera.example").exists()
    assert mail.outbox == []


def test_dry_run_checks_but_creates_nothing(db):
    call_command("onboard_region", str(EXAMPLE), "--dry-run", stdout=StringIO())
    assert not Region.objects.filter(slug="gera").exists()
    assert not schema_exists("gera")


def test_region_file_towns_feed_the_distance_filter(db):
    # given a region with towns from its region file and one without
    from search.towns import towns_for
    from transfer_kit.towns import region_towns

    region = Region.objects.get(slug="weimar")
    RegionProfile.objects.create(
        region=region, towns=[{"name": "Apolda", "latitude": 51.02, "longitude": 11.51}]
    )
    # then the onboarded region offers exactly its towns, Jena keeps the Thuringian list
    assert region_towns("weimar") == [
        {"name": "Apolda", "lat": 51.02, "lon": 11.51, "regions": {"weimar"}}
    ]
    assert [t["name"] for t in towns_for("weimar")] == ["Apolda"]
    assert "Jena" in [t["name"] for t in towns_for("jena")]
