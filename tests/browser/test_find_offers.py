"""A pupil on a 390 px phone finds a Schülerpraktikum in IT near them from the home page.

Three interactions: choose the type, choose the Berufsfeld, tap "In meiner Nähe" (the
browser reports the coordinates of Jena's centre). The first result must be visible without
scrolling, because the filters on /angebote/ sit behind one "Filter" button on phones.
"""

import re

import pytest

pytestmark = pytest.mark.browser

JENA_CENTRE = {"latitude": 50.9271, "longitude": 11.5892}


@pytest.fixture
def located_phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        has_touch=True,
        geolocation=JENA_CENTRE,
        permissions=["geolocation"],
    )
    page = context.new_page()
    yield page
    context.close()


def test_schuelerpraktikum_it_near_me_in_three_interactions(demo_server, located_phone, output_dir):
    page = located_phone
    page.goto(demo_server.url("jena.localhost", "/"))
    search = page.get_by_role("search", name="Angebote finden")

    search.get_by_label("Was?").select_option(label="Schülerpraktikum")  # 1
    search.get_by_label("Berufsfeld").select_option(label="IT, Computer")  # 2
    with page.expect_navigation():
        search.get_by_role("button", name="In meiner Nähe").click()  # 3

    assert re.search(r"typ=schuelerpraktikum", page.url)
    assert re.search(r"berufsfeld=it-computer", page.url)
    assert re.search(r"nahe=50\.9271%2C11\.5892", page.url)
    first = page.locator(".card-grid .card").first
    assert first.count() == 1
    box = first.bounding_box()
    title_box = first.locator("h3").bounding_box()
    page.screenshot(path=str(output_dir / "find-offers-390.png"))
    assert 0 <= box["y"] and title_box["y"] + title_box["height"] <= 844
    assert page.get_by_role("button", name=re.compile(r"^Filter( \(\d+ aktiv\))?$")).is_visible()
    assert page.locator("#offer-filters").is_hidden()


def test_filter_button_opens_the_filters_on_a_phone(demo_server, phone_page):
    phone_page.goto(demo_server.url("jena.localhost", "/angebote/"))
    toggle = phone_page.get_by_role("button", name=re.compile(r"^Filter( \(\d+ aktiv\))?$"))

    toggle.click()

    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone_page.get_by_label("Suchbegriff").is_visible()
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
