"""Measures catalogue: editors add their own, read every region's, never change another's."""

import datetime as dt

from django.db import connection
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.measures.models import Measure
from einblick.measures.retention import purge_measure_contacts
from tests import factories
from tests.adminkit.helpers import login

URL = "/cms/massnahmen/"
FORM = {
    "title": "Berufsorientierungstage an Regelschulen",
    "target_group": "Schüler:innen ab Klasse 8",
    "occupational_fields": [],
    "cost": "ca. 4.000 € im Jahr",
    "outcome": "120 Praktika vermittelt",
    "contact_name": "Anna Beispiel",
    "contact_email": "anna@wf-jena.example",
}


def _editor(client, region, name="redakteurin"):
    return login(client, region, name, superuser=False, groups=["Editors"])


def test_editor_adds_a_measure_of_the_own_region(jena_region, taxonomies, jena_client):
    _editor(jena_client, jena_region)

    response = jena_client.post(f"{URL}neu/", FORM)

    assert (response.status_code, response["Location"]) == (302, URL)
    measure = Measure.objects.get()
    assert (measure.region, measure.title, measure.contact_email) == (
        jena_region, "Berufsorientierungstage an Regelschulen", "anna@wf-jena.example"
    )  # fmt: skip


def test_other_regions_read_but_cannot_change_or_delete(
    jena_region, weimar_region, taxonomies, jena_client, weimar_client
):
    # given a measure of Jena
    measure = Measure.objects.create(region=jena_region, **{
        k: v for k, v in FORM.items() if k != "occupational_fields"})  # fmt: skip
    _editor(weimar_client, weimar_region, "weimar-redaktion")
    # when Weimar's editor lists, opens, changes and deletes it
    listed = weimar_client.get(URL)
    opened = weimar_client.get(f"{URL}{measure.pk}/")
    changed = weimar_client.post(f"{URL}{measure.pk}/", {**FORM, "title": "Gekapert"})
    deleted = weimar_client.post(f"{URL}{measure.pk}/", {"action": "delete"})
    # then it is listed with its region but without an edit link, and stays unchanged
    html = listed.content.decode()
    assert listed.status_code == 200
    assert "Berufsorientierungstage an Regelschulen" in html and "<td>Jena</td>" in html
    assert f'href="{URL}{measure.pk}/"' not in html
    assert (opened.status_code, changed.status_code, deleted.status_code) == (404, 404, 404)
    measure.refresh_from_db()
    assert measure.title == "Berufsorientierungstage an Regelschulen"


def test_company_login_is_refused(jena_region, taxonomies, jena_client):
    with tenant_context(jena_region):
        own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena_region, "firma-a", superuser=False, employer=own)

    listed = jena_client.get(URL)
    added = jena_client.post(f"{URL}neu/", FORM)

    assert (listed.status_code, listed["Location"]) == (302, "/cms/")
    assert (added.status_code, added["Location"]) == (302, "/cms/")
    assert Measure.objects.count() == 0
    assert URL not in jena_client.get("/cms/").content.decode()


def test_platform_admin_browses_every_region_and_filters(
    jena_region, weimar_region, taxonomies, portal_client
):
    for region, title in (
        (jena_region, "Jenaer Azubi-Speeddating"),
        (weimar_region, "Weimarer Ferienakademie"),
    ):
        Measure.objects.create(region=region, title=title, target_group="Schüler:innen",
                               cost="0 €", outcome="gut")  # fmt: skip
    login(portal_client, None, "plattform", superuser=True)

    everything = portal_client.get(URL).content.decode()
    weimar_only = portal_client.get(URL, {"region": "weimar"}).content.decode()
    broken = portal_client.get(URL, {"region": "atlantis"})

    assert "Jenaer Azubi-Speeddating" in everything and "Weimarer Ferienakademie" in everything
    assert (
        "Jenaer Azubi-Speeddating" not in weimar_only and "Weimarer Ferienakademie" in weimar_only
    )
    assert broken.status_code == 400
    assert "Neue Maßnahme" not in everything


def test_missing_fields_are_named_in_german(jena_region, taxonomies, jena_client):
    _editor(jena_client, jena_region)

    response = jena_client.post(f"{URL}neu/", {"title": "", "contact_email": "kaputt"})

    html = response.content.decode()
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {
        "title", "target_group", "cost", "outcome", "contact_email"
    }  # fmt: skip
    assert "Titel: Dieses Feld muss ausgefüllt werden." in html
    assert Measure.objects.count() == 0


def test_contacts_are_blanked_two_years_after_the_last_change_in_the_own_region_only(
    jena_region, weimar_region, taxonomies
):
    now = timezone.now()
    old = now - dt.timedelta(days=731)
    data = {k: v for k, v in FORM.items() if k != "occupational_fields"}
    stale = Measure.objects.create(region=jena_region, **data)
    fresh = Measure.objects.create(region=jena_region, **{**data, "title": "Neu"})
    weimar_stale = Measure.objects.create(region=weimar_region, **data)
    Measure.objects.filter(pk__in=[stale.pk, weimar_stale.pk]).update(updated_at=old)

    with tenant_context(jena_region):
        purged = purge_measure_contacts(now)
    connection.set_schema_to_public()

    assert purged == 1
    rows = dict(Measure.objects.values_list("pk", "contact_email"))
    assert rows == {stale.pk: "", fresh.pk: "anna@wf-jena.example",
                    weimar_stale.pk: "anna@wf-jena.example"}  # fmt: skip
    stale.refresh_from_db()
    assert (stale.contact_name, stale.title) == ("", "Berufsorientierungstage an Regelschulen")
