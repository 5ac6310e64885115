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
    "/fuer-schuelerinnen/interessen-check/",
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


def test_landing_pages_show_each_event_once_and_never_say_none_beside_one(
    taxonomies, jena_region, jena_client
):
    # given the starter pages and one upcoming event for parents, one for schools
    from einblick.taxonomy.models import TargetGroup

    with tenant_context(jena_region):
        build_starter_pages(region_name="Jena", contact_email="einblick@jena.example")
        evening = factories.event("Infoabend Duales Studium")
        evening.target_groups.add(TargetGroup.objects.get(slug="eltern"))
        evening.save()
        visit = factories.event("Betriebserkundung für Lehrkräfte")
        visit.target_groups.add(TargetGroup.objects.get(slug="lehrkraefte-schulen"))
        visit.save()
    # when parents and teachers open their pages
    parents = jena_client.get("/fuer-eltern/").content.decode()
    schools = jena_client.get("/fuer-schulen/").content.decode()
    # then each event card is shown once, and no empty notice contradicts it
    assert parents.count(">Infoabend Duales Studium</a></h3>") == 1
    assert "Zurzeit sind keine Veranstaltungen geplant" not in parents
    assert schools.count(">Betriebserkundung für Lehrkräfte</a></h3>") == 1
    # and the schools' page keeps one offer list: its own, no second "Passende Angebote"
    assert "Kooperationsangebote für Schulen" in schools
    assert "Passende Angebote" not in schools


def test_landing_page_without_own_lists_shows_the_target_groups_offers(
    taxonomies, jena_region, jena_client
):
    from einblick.taxonomy.models import TargetGroup

    with tenant_context(jena_region):
        build_starter_pages(region_name="Jena")
        offer = factories.offer("Schnuppertag Tischlerei (m/w/d)")
        offer.target_groups.add(TargetGroup.objects.get(slug="eltern"))
        offer.save()
    parents = jena_client.get("/fuer-eltern/").content.decode()
    assert "Passende Angebote" in parents
    assert parents.count("Schnuppertag Tischlerei (m/w/d)</a>") == 1
