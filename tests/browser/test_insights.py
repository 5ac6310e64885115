"""A region editor opens the indicators in the CMS; a company login cannot."""

import re

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "einblick-demo"  # setup_demo


def _login(page, demo_server, host, username):
    page.goto(demo_server.url(host, "/cms/login/"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def _views(page) -> int:
    row = page.locator("[data-insights-table=kennzahlen] tr", has_text="Seitenaufrufe")
    return int(row.locator("td").first.inner_text().replace(".", ""))


def test_region_editor_sees_the_figures_of_the_own_region_only(demo_server, desktop_page):
    _login(desktop_page, demo_server, "jena.localhost", "redaktion-jena")
    desktop_page.get_by_role("link", name="Kennzahlen").first.click()
    desktop_page.wait_for_load_state()

    assert desktop_page.url.endswith("/cms/kennzahlen/")
    text = desktop_page.locator("main").inner_text()
    assert "Region Jena" in text and "Weimar" not in text
    jena_views = _views(desktop_page)
    assert jena_views > 0  # twelve months of seeded demo counts
    assert desktop_page.locator("svg[role=img]").count() >= 4

    _login(desktop_page, demo_server, "weimar.localhost", "redaktion-weimar")
    desktop_page.goto(demo_server.url("weimar.localhost", "/cms/kennzahlen/"))
    assert "Region Weimar" in desktop_page.locator("main").inner_text()
    assert _views(desktop_page) != jena_views


def test_company_login_cannot_open_the_dashboard(demo_server, desktop_page):
    _login(desktop_page, demo_server, "jena.localhost", "firma-jena")

    assert desktop_page.get_by_role("link", name="Kennzahlen").count() == 0
    desktop_page.goto(demo_server.url("jena.localhost", "/cms/kennzahlen/"))

    assert re.search(r"/cms/$", desktop_page.url)
    assert "Seitenaufrufe" not in desktop_page.content()
