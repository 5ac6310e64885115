"""A person opens the portals in a real browser."""

import pytest

pytestmark = pytest.mark.browser


def test_jena_and_weimar_are_different_sites(demo_server, phone_page):
    phone_page.goto(demo_server.url("jena.localhost"))
    jena_heading = phone_page.locator("h1").first.inner_text()
    phone_page.goto(demo_server.url("weimar.localhost"))
    weimar_heading = phone_page.locator("h1").first.inner_text()
    assert "Jena" in jena_heading
    assert "Weimar" in weimar_heading


def test_public_portal_links_to_regions(demo_server, phone_page):
    response = phone_page.goto(demo_server.url("localhost"))
    assert response.status == 200
    phone_page.get_by_role("link", name="Weimar").first.click()
    phone_page.wait_for_load_state()
    assert phone_page.url.startswith(demo_server.url("weimar.localhost"))


def test_anonymous_visitor_gets_no_cookies(demo_server, phone_page):
    phone_page.goto(demo_server.url("jena.localhost"))
    assert phone_page.context.cookies() == []
