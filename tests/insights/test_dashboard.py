"""The region dashboard in the CMS: figures of the own region only, editors only, exports."""

import datetime
import io

from django.utils import timezone
from openpyxl import load_workbook

from tests import factories
from tests.adminkit.helpers import login

URL = "/cms/kennzahlen/"
TODAY = timezone.localdate()


def _table(response, slug) -> str:
    html = response.content.decode()
    start = html.index(f'data-insights-table="{slug}"')
    return html[start : html.index("</table>", start)]


def test_editor_sees_key_figures_and_change_to_the_previous_period(jena, jena_client):
    offer = factories.offer("Praktikum Zerspanung")
    factories.daily_count(TODAY, "view", "offer", offer.pk, count=7)
    factories.daily_count(TODAY - datetime.timedelta(days=40), "view", "page", key="/", count=3)
    factories.daily_count(TODAY, "search_zero", "query", key="tierpflege", count=2)
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    response = jena_client.get(URL)

    assert response.status_code == 200
    figures = {f.label: (f.value, f.previous) for f in response.context["key_figures"]}
    assert figures["Seitenaufrufe"] == (7, 3)
    assert figures["Arbeitgeber mit Profil"] == (1, 0)
    assert figures["Angebote online"] == (1, 0)
    assert figures["Suchen ohne Treffer"] == (2, 0)
    assert '<th scope="row">Praktikum Zerspanung</th><td>7</td>' in _table(response, "top-angebote")
    assert '<th scope="row">tierpflege</th><td>2</td>' in _table(response, "suchen-ohne-treffer")
    assert 'role="img"' in response.content.decode()


def test_dashboard_shows_only_the_own_region(jena_region, weimar_region, jena_client):
    from django_tenants.utils import tenant_context

    with tenant_context(weimar_region):
        foreign = factories.offer("Ferienjob Weimarer Brauerei")
        factories.daily_count(TODAY, "view", "offer", foreign.pk, count=99)
    login(jena_client, jena_region, "redakteurin", superuser=False, groups=["Editors"])
    own = factories.offer("Schnuppertag Jenaer Optik")
    factories.daily_count(TODAY, "view", "offer", own.pk, count=4)

    response = jena_client.get(URL)

    html = response.content.decode()
    assert "Schnuppertag Jenaer Optik" in html
    assert "Weimarer Brauerei" not in html
    figures = {f.label: f.value for f in response.context["key_figures"]}
    assert figures["Seitenaufrufe"] == 4
    assert figures["Angebote online"] == 1


def test_company_login_is_refused_and_sees_no_menu_item(jena, jena_client):
    own = factories.employer("Tischlerei Eigen")
    factories.daily_count(TODAY, "view", "employer", own.pk, count=5)
    login(jena_client, jena, "firma-a", superuser=False, employer=own)

    response = jena_client.get(URL)
    export = jena_client.get(URL, {"tabelle": "kennzahlen", "export": "csv"})
    home = jena_client.get("/cms/")

    # Wagtail answers a refused admin view with its permission message on the CMS home
    assert (response.status_code, response["Location"]) == (302, "/cms/")
    assert (export.status_code, export["Location"]) == (302, "/cms/")
    assert URL not in home.content.decode()


def test_editor_sees_the_menu_item(jena, jena_client):
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    assert URL in jena_client.get("/cms/").content.decode()


def test_bad_period_is_a_400_naming_the_field(jena, jena_client):
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    wrong_order = jena_client.get(URL, {"von": "2026-05-01", "bis": "2026-04-01"})
    garbage = jena_client.get(URL, {"von": "gestern"})

    assert wrong_order.status_code == 400
    assert "Bis: „Bis“ liegt vor „Von“." in wrong_order.content.decode()
    assert garbage.status_code == 400
    assert "Von: " in garbage.content.decode()


def test_offers_by_type_and_fields_without_offers(jena, jena_client, taxonomies):
    from einblick.taxonomy.models import OccupationalField, OfferType

    metal, care = OccupationalField.objects.order_by("pk")[:2]
    kind = OfferType.objects.order_by("pk").first()
    with_offer = factories.employer("Metallbau Jena", occupational_fields=[metal])
    factories.employer("Pflegedienst Jena", occupational_fields=[care], size_class="large")
    factories.offer("Praktikum Metall", employer_obj=with_offer, type_obj=kind,
                    occupational_fields=[metal])  # fmt: skip
    factories.offer("Entwurf", employer_obj=with_offer, type_obj=kind, live=False)
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    response = jena_client.get(URL)

    assert f'<th scope="row">{kind.name}</th><td>1</td>' in _table(response, "angebotsarten")
    assert f'<th scope="row">{metal.name}</th><td>1</td>' in _table(response, "berufsfelder")
    assert f'<th scope="row">{care.name}</th><td>1</td>' in _table(response, "luecken")
    figures = {f.label: f.value for f in response.context["key_figures"]}
    assert figures["Anteil kleiner Arbeitgeber (unter 50 Beschäftigte)"] == 50.0
    assert figures["Arbeitgeber mit Angeboten"] == 1


def test_events_count_persons_registered_and_attending(jena, jena_client):
    event = factories.bookable_event("Ausbildungsmesse", start=timezone.now())
    factories.registration(event, group_size=20, is_group=True, attended=True)
    factories.registration(event, attended=False)
    factories.registration(event, status="cancelled")
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    response = jena_client.get(URL)

    figures = {f.label: f.value for f in response.context["key_figures"]}
    assert (figures["Veranstaltungen"], figures["Angemeldete Personen"]) == (1, 21)
    assert figures["Anwesende Personen"] == 20


def test_csv_and_xlsx_export_of_a_table(jena, jena_client):
    factories.daily_count(TODAY, "search_zero", "query", key="=cmd|kaputt", count=3)
    factories.daily_count(TODAY, "search_zero", "query", key="tierpflege", count=2)
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])
    params = {"tabelle": "suchen-ohne-treffer"}

    csv = jena_client.get(URL, {**params, "export": "csv"})
    xlsx = jena_client.get(URL, {**params, "export": "xlsx"})
    unknown = jena_client.get(URL, {"tabelle": "gibt-es-nicht", "export": "csv"})

    assert csv.status_code == 200
    text = b"".join(csv.streaming_content).decode()
    assert text.splitlines() == ["Suchbegriff,Anzahl", "'=cmd|kaputt,3", "tierpflege,2"]
    rows = list(load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active.values)
    assert rows == [("Suchbegriff", "Anzahl"), ("=cmd|kaputt", 3), ("tierpflege", 2)]
    assert unknown.status_code == 404


def test_key_figures_export_holds_numbers(jena, jena_client):
    factories.employer("Optikwerk")
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    xlsx = jena_client.get(URL, {"tabelle": "kennzahlen", "export": "xlsx"})

    rows = list(load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active.values)
    assert rows[0] == ("Kennzahl", "Zeitraum", "Vorzeitraum", "Veränderung")
    assert rows[1] == ("Arbeitgeber mit Profil", 1, 0, 1)
