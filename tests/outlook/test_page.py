"""The public page "Berufe mit Zukunft in <Region>", the KPI panel and the portal comparison."""

import re

from django.db import connection
from django_tenants.utils import tenant_context

from einblick.demo.content.outlook import load_demo_outlook
from einblick.outlook.models import OutlookFigure
from einblick.pages.models import HomePage
from einblick.pages.starter import build_starter_pages
from einblick.taxonomy.models import OccupationalField
from tests import factories
from tests.adminkit.helpers import login

URL = "/fuer-schuelerinnen/berufe-mit-zukunft/"


def _demo(region):
    with tenant_context(region):
        pages = build_starter_pages(HomePage.objects.get(), region.name)
        return load_demo_outlook(region, pages["fuer-schuelerinnen"])


def _it_offer(title):
    return factories.offer(
        title, occupational_fields=[OccupationalField.objects.get(slug="it-computer")]
    )


def test_demo_outlook_page_shows_chart_table_sources_and_links_to_offers(
    jena_region, taxonomies, jena_client
):
    # given Jena's demo outlook and two public IT offers (and an IT draft)
    page = _demo(jena_region)
    with tenant_context(jena_region):
        _it_offer("IT-Praktikum A (m/w/d)")
        _it_offer("IT-Praktikum B (m/w/d)")
        factories.offer("IT-Entwurf (m/w/d)", live=False,
                        occupational_fields=[OccupationalField.objects.get(slug="it-computer")])  # fmt: skip
    connection.set_schema_to_public()
    # when the page is opened
    response = jena_client.get(URL)
    html = response.content.decode()
    # then it is titled for the region, says "Demodaten", has a labelled chart and a table
    assert response.status_code == 200
    assert page.title == "Berufe mit Zukunft in Jena"
    assert "<strong>Demodaten:</strong>" in html
    assert html.count('role="img"') == 1
    assert (
        '<desc id="outlook-chart-d">Balkendiagramm; alle Werte stehen in der Tabelle darunter.</desc>'
        in html
    )
    rows = re.findall(r'<th scope="row">(.*?) <span class="outlook-kldb">', html)
    assert len(rows) == 14
    # shortage first: Altenpflege needs 1.510, 1.030 expected (+480, 31 %)
    assert rows[0] == "Altenpflege"
    assert "<td>1.510</td><td>1.030</td><td>+480</td><td>Fachkräfte gesucht</td>" in html
    # and the IT row links to the two public IT offers
    assert (
        '<a href="/angebote/?berufsfeld=it-computer">2 Angebote<span class="visually-hidden"> '
        "im Berufsfeld IT, Computer</span></a>" in html
    )
    assert (
        "Datenstand 2025. Quelle: Demodaten (ausgedacht) nach dem Muster regionaler Fachkräfteprognosen."
        in html
    )
    assert "<script" not in html.split("<main")[1] if "<main" in html else True


def test_weimar_page_shows_weimars_figures_only(
    jena_region, weimar_region, taxonomies, weimar_client
):
    # given both demo outlooks, then a Jena-only row
    _demo(jena_region)
    _demo(weimar_region)
    with tenant_context(jena_region):
        OutlookFigure.objects.create(occupation_group="Nur in Jena", kldb="999", year=2025,
            employed=1, trainees=1, vacancies=1, target_year=2035, demand=1, supply=1, source="X")  # fmt: skip
    connection.set_schema_to_public()
    # when Weimar's page is opened
    html = weimar_client.get(URL).content.decode()
    # then Weimar's hotel figures are shown, not Jena's row
    assert "Berufe mit Zukunft in Weimar" in html
    assert "Nur in Jena" not in html
    assert "<td>890</td><td>80</td><td>63</td>" in html


def test_kpi_dashboard_has_the_outlook_panel_for_editors(jena_region, taxonomies, jena_client):
    _demo(jena_region)
    login(jena_client, jena_region, "redakteurin", superuser=False, groups=["Editors"])

    html = jena_client.get("/cms/kennzahlen/").content.decode()

    panel = html.split("data-insights-outlook>")[1].split("</section>")[0]
    assert '<h2 id="berufsprognose-h">Berufsprognose</h2>' in panel
    assert (
        "in 11 von 14 Berufsgruppen fehlen voraussichtlich Fachkräfte. <strong>Demodaten.</strong>"
        in panel
    )
    assert 'role="img"' in panel and "<td>+480</td>" in panel


def test_portal_compares_the_regions_side_by_side(
    jena_region, weimar_region, taxonomies, portal_client
):
    # given both demo outlooks
    _demo(jena_region)
    _demo(weimar_region)
    connection.set_schema_to_public()
    # when the comparison is opened on the portal
    response = portal_client.get("/berufe-mit-zukunft/")
    html = response.content.decode()
    # then each group has one cell per region, and each region links to its page
    assert response.status_code == 200
    headings = re.findall(r'<th scope="col">(.*?)</th>', html)
    assert headings == ["Berufsgruppe", "Jena", "Weimar"]
    assert (
        '<th scope="row">Altenpflege <span class="outlook-kldb">(KldB 821)</span></th>'
        "<td>+480 (32 %) – Fachkräfte gesucht</td><td>+390 (32 %) – Fachkräfte gesucht</td>"
    ) in html
    assert 'href="http://jena.localhost:8000/fuer-schuelerinnen/berufe-mit-zukunft/"' in html
    assert response.cookies == {} or "sessionid" not in response.cookies
