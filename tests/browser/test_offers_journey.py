"""A pupil on a phone: Jena home → offers filtered by Berufsfeld → an offer → its employer."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_filter_offers_by_field_open_offer_and_employer(demo_server, phone_page, output_dir):
    page = phone_page
    # given the Jena home on a phone
    page.goto(demo_server.url("jena.localhost"))
    assert page.locator("h1").first.is_visible()
    # when the pupil opens all offers
    page.get_by_role("link", name="Alle Angebote", exact=True).first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/angebote/")
    total = _count(page)
    assert total > 0, "Die Demo enthält keine Angebote: setup_demo lädt keine Demo-Inhalte."
    # and opens the filters (one button on a phone) and ticks the first Berufsfeld
    page.get_by_role("button", name=re.compile(r"^Filter( \(\d+ aktiv\))?$")).click()
    fields = page.get_by_role("group", name="Berufsfeld")
    page.locator("summary", has_text=re.compile(r"^Berufsfeld$")).click()
    box = fields.get_by_role("checkbox").first
    value = box.get_attribute("value")
    label = fields.locator(f"label[for='{box.get_attribute('id')}']").inner_text()
    box.check()
    page.get_by_role("button", name="Filtern").click()
    page.wait_for_load_state()
    # then the list is narrowed and says so
    assert f"berufsfeld={value}" in page.url
    filtered = _count(page)
    assert 0 < filtered <= total
    # (the filters fold away again on a phone; their button counts the active one)
    assert page.get_by_role("button", name="Filter (1 aktiv)").is_visible()
    # when the pupil opens the first offer
    first = page.locator(".card-grid article h3 a").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    # then the detail shows the title, the chosen Berufsfeld and how to apply
    assert page.locator("h1").inner_text() == title
    assert page.get_by_text(label.strip(), exact=True).first.is_visible()
    assert page.get_by_role("heading", name="So bewirbst du dich").is_visible()
    employer_link = page.locator("header .meta a").first
    employer = employer_link.inner_text()
    # when the pupil opens the employer
    employer_link.click()
    page.wait_for_load_state()
    # then the employer profile lists this offer
    assert page.locator("h1").inner_text() == employer
    assert page.get_by_role("link", name=title).first.is_visible()
    page.screenshot(path=str(output_dir / "offer-journey-employer.png"), full_page=False)
    # and the page is usable at phone width (no horizontal scrolling)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def _count(page) -> int:
    text = page.locator(".result-count").inner_text()
    return int(re.search(r"\d+", text).group())
