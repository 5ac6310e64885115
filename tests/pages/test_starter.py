"""The starter page tree: every page renders, building twice changes nothing, regions stay apart."""

from django_tenants.utils import tenant_context
from wagtail.models import Page

from einblick.pages.models import EmployerIndexPage, EventIndexPage, HomePage, OfferIndexPage
from einblick.pages.starter import build_starter_pages
from tests import factories

STARTER_PATHS = [
    "/",
    "/angebote/",
    "/arbeitgeber/",
    "/veranstaltungen/",
    "/fuer-schuelerinnen/",
    "/fuer-schuelerinnen/bewerbung/",
    "/fuer-eltern/",
    "/fuer-schulen/",
    "/fuer-unternehmen/",
    "/aktuelles/",
    "/impressum/",
    "/datenschutz/",
    "/barrierefreiheit/",
]


def test_every_region_has_the_index_pages_from_provisioning(jena):
    home = HomePage.objects.get()
    assert OfferIndexPage.objects.child_of(home).get().slug == "angebote"
    assert EmployerIndexPage.objects.child_of(home).get().slug == "arbeitgeber"
    assert EventIndexPage.objects.child_of(home).get().slug == "veranstaltungen"


def test_starter_pages_render_with_content_and_are_idempotent(jena_region, jena_client):
    # given starter pages built twice and some content
    with tenant_context(jena_region):
        build_starter_pages(
            HomePage.objects.get(), "Jena", operator="Stadt Jena", contact_email="a@b.de"
        )
        count = Page.objects.count()
        build_starter_pages(HomePage.objects.get(), "Jena")
        assert Page.objects.count() == count
        factories.offer(
            "Ferienjob im Café (m/w/d)", type_obj=factories.offer_type("ferienjob", "Ferienjob")
        )
        factories.event("Ausbildungsmesse Jena")
    # when every starter page is requested, then it renders
    for path in STARTER_PATHS:
        response = jena_client.get(path)
        assert response.status_code == 200, path
    home = jena_client.get("/").content.decode()
    assert "Ferienjob im Café (m/w/d)" in home and "Ausbildungsmesse Jena" in home
    assert "Stadt Jena" in jena_client.get("/impressum/").content.decode()
    assert "Häufige Fragen" in jena_client.get("/fuer-schuelerinnen/").content.decode()


def test_starter_pages_of_one_region_do_not_appear_in_another(
    jena_region, weimar_region, weimar_client
):
    with tenant_context(jena_region):
        build_starter_pages(region_name="Jena")
    with tenant_context(weimar_region):
        assert not Page.objects.filter(slug="fuer-eltern").exists()
    assert weimar_client.get("/fuer-eltern/").status_code == 404


def test_privacy_page_lists_every_registered_retention_period(jena_region, jena_client):
    # given a kind of personal data registered with its retention period
    from einblick.core import retention

    retention.register("test-enquiries", label="Testanfragen", retention="90 Tage")(lambda now: 0)
    try:
        with tenant_context(jena_region):
            build_starter_pages(region_name="Jena")
        # when the data-protection page is requested
        html = jena_client.get("/datenschutz/").content.decode()
    finally:
        retention._PURGERS.pop("test-enquiries")
    # then it lists the kind and its period in the table
    assert "Welche Daten wir wie lange speichern" in html
    assert "<tr><td>Testanfragen</td><td>90 Tage</td></tr>" in html
