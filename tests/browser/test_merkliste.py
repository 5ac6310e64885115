"""A pupil on a phone saves two offers, finds them on the Merkliste after a reload and
shares the list: the link opens the same two offers in a fresh browser. No cookie anywhere."""

import pytest

pytestmark = pytest.mark.browser

# Chromium on Linux has no Web Share API; make sure the plain-link fallback is what we test.
NO_WEB_SHARE = "delete Navigator.prototype.share;"


def _titles(page) -> list[str]:
    page.locator("[data-merkliste-list] li").first.wait_for()
    return page.locator("[data-merkliste-list] li h2").all_inner_texts()


def test_save_two_offers_reload_and_share_the_merkliste(demo_server, browser, output_dir):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    context.add_init_script(NO_WEB_SHARE)
    page = context.new_page()
    # given the Jena offer list on a phone
    page.goto(demo_server.url("jena.localhost", "/angebote/"))
    cards = page.locator(".card-grid article")
    # when the pupil taps "Merken" on the first two offers
    saved = []
    for index in (0, 1):
        card = cards.nth(index)
        saved.append(card.locator("h3").inner_text())
        heart = card.locator("[data-fav]")
        assert heart.get_attribute("aria-pressed") == "false"
        heart.click()
        assert heart.get_attribute("aria-pressed") == "true"
        assert heart.inner_text().split("\n")[:2] == ["♥", "Gemerkt"]
    assert page.locator("[data-merkliste-count]").first.inner_text() == "2"
    # and reloads, then opens the Merkliste from the navigation
    page.reload()
    page.get_by_role("button", name="Menü").click()  # the menu is collapsed on a phone
    page.get_by_role("link", name="Merkliste").first.click()
    page.wait_for_load_state()
    # then both offers are listed, linked to their pages
    assert _titles(page) == saved
    assert page.get_by_role("status").first.inner_text() == "2 Einträge gemerkt."
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(output_dir / "merkliste-phone.png"), full_page=True)
    # when the pupil shares the list (no Web Share API: the plain link is shown)
    page.get_by_role("button", name="Merkliste teilen").click()
    link = page.get_by_label("Link zum Weitergeben").input_value()
    assert "/merkliste/?ids=jena:offer:" in link
    # and nothing on the way set a cookie
    assert context.cookies() == []
    context.close()

    # when the link is opened in a fresh browser context
    fresh = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    other = fresh.new_page()
    other.goto(link)
    # then the same two offers are shown, as a shared list that can be adopted
    assert _titles(other) == saved
    assert other.get_by_role("button", name="In meine Merkliste übernehmen").is_visible()
    assert fresh.cookies() == []
    fresh.close()
