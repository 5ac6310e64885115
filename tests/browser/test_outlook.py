"""The occupational outlook on a phone: chart with table alternative, demo label, axe clean."""

import pytest

from tests.browser.axe import serious_violations

pytestmark = pytest.mark.browser

PATH = "/fuer-schuelerinnen/berufe-mit-zukunft/"


@pytest.mark.parametrize("host", ["jena.localhost", "weimar.localhost"])
def test_outlook_page_is_axe_clean_and_reflows_at_390_and_320_px(
    demo_server,
    browser,
    axe_source,  # noqa: F811
    host,
):
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page = context.new_page()
    page.goto(demo_server.url(host, PATH))
    # the chart is an image with a name, its values are in the table, the data are labelled
    chart = page.get_by_role("img", name="Erwarteter Bedarf und erwartetes Angebot 2035")
    assert chart.count() == 1
    assert page.locator("[data-outlook-table] tbody tr").count() == 14
    assert "Demodaten" in page.locator("[data-outlook-demo]").inner_text()
    found = serious_violations(page, axe_source)
    widths = [page.evaluate("document.documentElement.scrollWidth")]
    page.set_viewport_size({"width": 320, "height": 700})
    widths.append(page.evaluate("document.documentElement.scrollWidth"))
    cookies = context.cookies()
    context.close()
    assert found == []
    assert widths[0] <= 390 and widths[1] <= 320
    assert cookies == []


def test_a_table_row_leads_to_the_offers_of_its_field(demo_server, phone_page):
    phone_page.goto(demo_server.url("jena.localhost", PATH))
    row = phone_page.locator("[data-outlook-table] tbody tr", has_text="Softwareentwicklung")
    link = row.get_by_role("link")
    count = int(link.inner_text().split()[0])
    link.click()
    phone_page.wait_for_url("**/angebote/?berufsfeld=it-computer")
    assert count > 0
    assert phone_page.locator(".offer-card").count() >= min(count, 3)


def test_portal_compares_jena_and_weimar(demo_server, phone_page):
    phone_page.goto(demo_server.url("localhost", "/berufe-mit-zukunft/"))
    headings = phone_page.locator("[data-outlook-comparison] thead th").all_inner_texts()
    assert headings == ["Berufsgruppe", "Jena", "Weimar"]
    assert phone_page.context.cookies() == []
