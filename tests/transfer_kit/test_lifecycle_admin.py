"""The platform admin moves regions through their lifecycle; region admins cannot."""

from django.db import connection
from django_tenants.utils import tenant_context

from tenants.lifecycle import mark_in_preparation
from tenants.models import Region
from tests import factories

PAGE = "/cms/regionen-lebenszyklus/"


def _platform_admin(client):
    connection.set_schema_to_public()
    client.force_login(factories.user("plattform-admin", superuser=True))


def test_platform_admin_sees_status_and_preview_link_and_goes_live(
    jena_region, portal_client, jena_client
):
    # given Jena in preparation
    mark_in_preparation(jena_region)
    _platform_admin(portal_client)
    # when the platform admin opens the lifecycle page
    listing = portal_client.get(PAGE).content.decode()
    # then Jena shows its status and a preview link
    assert 'data-status="preparation">in Vorbereitung' in listing
    assert "http://jena.localhost:8000/vorschau/" in listing
    # when it goes live
    response = portal_client.post(f"{PAGE}jena/online/")
    assert response.status_code == 302
    assert Region.objects.get(slug="jena").lifecycle == "live"
    assert jena_client.get("/").status_code == 200
    # and is deactivated again
    portal_client.post(f"{PAGE}jena/deaktivieren/")
    assert Region.objects.get(slug="jena").lifecycle == "deactivated"
    assert jena_client.get("/").status_code == 410


def test_live_region_is_not_deleted_and_unconfirmed_delete_does_nothing(jena_region, portal_client):
    _platform_admin(portal_client)
    refused = portal_client.post(f"{PAGE}jena/loeschen/", {"bestaetigt": "ja"}, follow=True)
    assert "bitte zuerst deaktivieren" in refused.content.decode()
    portal_client.post(f"{PAGE}jena/deaktivieren/")
    unconfirmed = portal_client.post(f"{PAGE}jena/loeschen/", follow=True)
    assert "bitte das Löschen ausdrücklich bestätigen" in unconfirmed.content.decode()
    assert Region.objects.filter(slug="jena").exists()


def test_region_admin_cannot_reach_the_lifecycle_page(jena_region, jena_client, weimar_region):
    with tenant_context(jena_region):
        jena_client.force_login(factories.user("jena-root", superuser=True))
    assert jena_client.get(PAGE).status_code == 404
    assert jena_client.post(f"{PAGE}weimar/deaktivieren/").status_code == 404
    assert Region.objects.get(slug="weimar").lifecycle == "live"


def test_public_staff_without_superuser_is_refused(jena_region, portal_client):
    connection.set_schema_to_public()
    staff = factories.user("plattform-redaktion", superuser=False)
    portal_client.force_login(staff)
    assert portal_client.get(PAGE).status_code in (302, 403)
    assert portal_client.post(f"{PAGE}jena/deaktivieren/").status_code in (302, 403)
    assert Region.objects.get(slug="jena").lifecycle == "live"
