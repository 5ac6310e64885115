"""sitemap.xml and robots.txt on region hosts and the portal: public content only, own region only."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.pages.models import HomePage, StandardPage
from tests import factories

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _locations(response) -> set[str]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {loc.text for loc in root.findall("s:url/s:loc", NS)}


def test_region_sitemap_lists_public_offers_employers_events_and_pages(jena, jena_client):
    # given public content, a draft of each kind and an expired offer
    company = factories.employer("Optik Nord GmbH")
    factories.employer("Entwurf GmbH", live=False)
    factories.offer("Praktikum Optik", employer_obj=company)
    factories.offer("Entwurf Praktikum", employer_obj=company, live=False)
    factories.offer(
        "Abgelaufen Praktikum",
        employer_obj=company,
        period_kind="dates",
        start_date=timezone.localdate() - datetime.timedelta(days=30),
        end_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    factories.event("Berufemesse", start=timezone.now() + datetime.timedelta(days=5))
    factories.event("Entwurf Messe", start=timezone.now() + datetime.timedelta(days=5), live=False)
    factories.page("Über uns", "ueber-uns")
    HomePage.objects.get().add_child(
        instance=StandardPage(title="Unveröffentlicht", slug="unveroeffentlicht", live=False)
    )
    # when the sitemap is fetched
    locations = _locations(jena_client.get("/sitemap.xml"))
    # then exactly the public entries appear, at absolute URLs of the Jena host
    base = "http://jena.localhost"
    assert f"{base}/angebote/praktikum-optik/" in locations
    assert f"{base}/arbeitgeber/optik-nord-gmbh/" in locations
    assert f"{base}/veranstaltungen/berufemesse/" in locations
    assert f"{base}/ueber-uns/" in locations
    assert f"{base}/angebote/" in locations
    assert not [loc for loc in locations if "entwurf" in loc or "abgelaufen" in loc]
    assert not [loc for loc in locations if "unveroeffentlicht" in loc]
    assert all(loc.startswith(f"{base}/") for loc in locations)


def test_region_sitemap_never_lists_another_regions_content(
    jena_region, weimar_region, jena_client, weimar_client
):
    # given an offer and a page in Weimar
    with tenant_context(weimar_region):
        factories.offer("Ferienjob Weimar (m/w/d)")
        factories.page("Weimar intern", "weimar-intern")
    # when Jena's sitemap is fetched
    with tenant_context(jena_region):
        locations = _locations(jena_client.get("/sitemap.xml"))
    # then nothing of Weimar appears
    assert not [loc for loc in locations if "weimar" in loc]
    with tenant_context(weimar_region):
        weimar = _locations(weimar_client.get("/sitemap.xml"))
    assert "http://weimar.localhost/angebote/ferienjob-weimar-mwd/" in weimar
    assert "http://weimar.localhost/weimar-intern/" in weimar


def test_robots_txt_points_to_the_hosts_sitemap_and_sets_no_cookie(jena, jena_client):
    response = jena_client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\n"
        "Disallow: /cms/\n"
        "Disallow: /api/\n"
        "Disallow: /einbetten/\n"
        "Sitemap: http://jena.localhost/sitemap.xml\n"
    )
    assert response.cookies == {}


def test_portal_has_robots_txt_and_a_sitemap_of_its_own_pages(portal_client):
    robots = portal_client.get("/robots.txt").content.decode()
    assert robots.endswith("Sitemap: http://localhost/sitemap.xml\n")
    assert _locations(portal_client.get("/sitemap.xml")) == {
        "http://localhost/",
        "http://localhost/suche/",
    }
