"""A visitor searches in a real browser: query, widen to all regions, use their location."""

import pytest

pytestmark = pytest.mark.browser


def test_search_form_submits_and_widens_to_all_regions(demo_server, desktop_page):
    page = desktop_page
    page.goto(demo_server.url("jena.localhost", "/suche/"))
    page.get_by_label("Suchbegriff").fill("Praktikum")
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_load_state()
    assert "q=Praktikum" in page.url
    assert page.locator("#search-results-heading").inner_text().endswith("Treffer für „Praktikum“")
    page.get_by_label("In allen Regionen suchen").check()
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_load_state()
    assert "scope=all" in page.url


def test_location_is_only_sent_as_a_query_parameter(demo_server, browser):
    # given a visitor who allows geolocation (position: Jena city centre)
    context = browser.new_context(
        geolocation={"latitude": 50.9271, "longitude": 11.5892}, permissions=["geolocation"]
    )
    page = context.new_page()
    page.goto(demo_server.url("jena.localhost", "/suche/?q=Ausbildung"))
    # when they use their location
    page.get_by_role("button", name="In meiner Nähe").click()
    page.wait_for_url("**nahe=50.9271%2C11.5892**")
    # then it travels in the URL of this search only, and nothing is stored
    assert context.cookies() == []
    assert page.evaluate("() => localStorage.length + sessionStorage.length") == 0
    context.close()


def test_first_result_is_on_the_first_screen_of_a_phone(demo_server, phone_page, output_dir):
    # given a pupil on a 390 px phone searching with an offer type chosen
    phone_page.goto(demo_server.url("jena.localhost", "/suche/?q=Praktikum&typ=schuelerpraktikum"))
    # then the filters wait behind one button and the first result is visible without scrolling
    toggle = phone_page.get_by_role("button", name="Filter (1 aktiv)")
    assert toggle.is_visible()
    assert phone_page.locator("#search-filters").is_hidden()
    title = phone_page.locator(".search-results .card h3").first.bounding_box()
    phone_page.screenshot(path=str(output_dir / "search-390.png"))
    assert 0 <= title["y"] and title["y"] + title["height"] <= 844
    # and the button opens the same panel as on /angebote/
    toggle.click()
    assert phone_page.get_by_label("Umkreis").is_visible()
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
