"""Both shipped region themes in a real browser: screenshots and an axe-core scan.

Jena uses the theme "jung", Weimar "stadt" (set by setup_demo). axe-core comes from npm
(tests/browser/package.json, installed by `make browser-deps`).
"""

import pytest

from tests.browser.axe import serious_violations

pytestmark = pytest.mark.browser

REGIONS = {"jena": "jena.localhost", "weimar": "weimar.localhost"}


def _pages_to_scan(page, demo_server, host) -> dict[str, str]:
    """Home, offer list, first offer and its employer, found by following the site's links."""
    urls = {
        "Startseite": demo_server.url(host, "/"),
        "Angebote": demo_server.url(host, "/angebote/"),
    }
    page.goto(urls["Angebote"])
    offer = page.locator(".card-grid .card h3 a").first
    assert offer.count() == 1, "Keine Demo-Angebote im Demo-Server: setup_demo lädt keine Inhalte."
    urls["Angebot"] = offer.evaluate("a => a.href")
    page.goto(urls["Angebot"])
    employer = page.locator("main article header a[href*='/arbeitgeber/']").first
    urls["Arbeitgeber"] = employer.evaluate("a => a.href")
    return urls


@pytest.mark.parametrize("region", sorted(REGIONS))
def test_home_page_screenshots_at_phone_and_desktop_width(
    region, demo_server, phone_page, desktop_page, output_dir
):
    folder = output_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for width, page in ((390, phone_page), (1280, desktop_page)):
        response = page.goto(demo_server.url(REGIONS[region]))
        assert response.status == 200
        page.wait_for_load_state("networkidle")
        path = folder / f"{region}-home-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        # nothing sticks out sideways at this width
        assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.fixture
def axe_page(browser):
    """A desktop page whose CSP lets the harness inject axe-core as an inline script.

    The public pages' CSP rightly refuses inline scripts without a nonce; axe-core is ours,
    injected by the test, not part of the page. Other browser tests keep the CSP enforced.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("region", sorted(REGIONS))
def test_axe_finds_no_serious_or_critical_violations(region, demo_server, axe_page, axe_source):
    urls = _pages_to_scan(axe_page, demo_server, REGIONS[region])
    problems = {}
    for label, url in urls.items():
        response = axe_page.goto(url)
        assert response.status == 200, url
        found = serious_violations(axe_page, axe_source)
        if found:
            problems[f"{label} {url}"] = found
    assert problems == {}


def test_region_pages_load_nothing_from_other_hosts(demo_server, desktop_page):
    foreign = []
    desktop_page.on(
        "request",
        lambda request: (
            foreign.append(request.url)
            if not request.url.startswith(("http://jena.localhost", "data:"))
            else None
        ),
    )
    desktop_page.goto(demo_server.url("jena.localhost"))
    desktop_page.wait_for_load_state("networkidle")
    assert foreign == []
