"""An international student on a 390 px phone (issue 20): switches the Jena portal to
English, searches "internship IT" with the filter "English spoken", opens an offer and then
the local contacts directory. The main menu speaks English, no cookie is set."""

import re

import pytest

pytestmark = pytest.mark.browser

# German words of the menu and the header tools; none may be left on the English pages.
GERMAN_NAV = re.compile(
    r"Suche|Merkliste|Menü|Für |Angebote|Arbeitgeber|Veranstaltungen|Aktuelles|Startseite"
)


def _nav_text(page) -> str:
    """The visible text and labels of the main menu and the header tools, without the
    language switch (it names German in German on purpose)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.site-nav, .site-tools li')]
            .filter(el => !el.querySelector('[data-language-switch]'))
            .map(el => [el.textContent,
                        ...[...el.querySelectorAll('[aria-label]')].map(x => x.getAttribute('aria-label')),
                        el.getAttribute('aria-label') || ''].join(' '))
            .join(' ')"""
    )


def test_student_switches_to_english_finds_an_offer_and_the_contacts(
    demo_server, phone_page, output_dir
):
    page = phone_page
    page.goto(demo_server.url("jena.localhost", "/"))
    assert page.locator("html").get_attribute("lang") == "de"

    # switch to English with the header's language link
    page.locator("[data-language-switch]").first.click()
    page.wait_for_url(re.compile(r"/en/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    nav = _nav_text(page)
    assert not GERMAN_NAV.search(nav), nav
    assert "For companies" in nav and "Search" in nav

    # search "internship IT" with "English spoken" (filters sit behind one button on phones)
    page.get_by_role("link", name="Search").click()
    page.wait_for_url(re.compile(r"/en/suche/"))
    page.get_by_role("button", name=re.compile(r"^Filters?( \(.*\))?$")).click()
    page.get_by_label("English spoken").check()
    query = page.locator("#search-q")
    query.fill("internship IT")
    with page.expect_navigation():
        query.press("Enter")
    assert "arbeitssprache=en" in page.url
    assert page.locator(".search-filter-chips").get_by_text("English spoken").is_visible()
    assert not GERMAN_NAV.search(_nav_text(page))
    english = page.locator(".search-results h3 a:not([lang])")
    assert english.count() >= 1
    title = english.first.inner_text()
    assert "internship" in title.lower()
    page.screenshot(path=str(output_dir / "international-search-390.png"))

    # open the offer: its English page
    english.first.click()
    page.wait_for_url(re.compile(r"/en/angebote/[^/]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == title
    assert page.locator("dd", has_text="English").count() >= 1  # languages at work
    assert not GERMAN_NAV.search(_nav_text(page))

    # through the menu to the guide for companies and on to the local contacts
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="For companies").click()
    page.wait_for_url(re.compile(r"/en/fuer-unternehmen/$"))
    page.get_by_role("link", name="Read the guide").click()
    page.wait_for_url(re.compile(r"/en/fuer-unternehmen/fachkraefte-international/$"))
    page.locator('a[href$="/ansprechpartner/"]').first.click()
    page.wait_for_url(
        re.compile(r"/en/fuer-unternehmen/fachkraefte-international/ansprechpartner/")
    )
    assert page.get_by_role("heading", level=1).inner_text() == "Local contacts"
    assert page.locator("html").get_attribute("lang") == "en"
    assert not GERMAN_NAV.search(_nav_text(page))
    page.screenshot(path=str(output_dir / "international-contacts-390.png"))

    # no cookie on the way
    assert page.context.cookies() == []
