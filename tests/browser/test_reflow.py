"""Every public page type in every theme fits a phone (WCAG 2.1, 1.4.10 Reflow).

At 320 and 390 CSS px nothing may scroll sideways
(`document.documentElement.scrollWidth <= innerWidth`) and axe-core finds no serious or
critical violation. Jena shows the theme "jung", Weimar "stadt" and the cross-region portal
"thueringen"; the region page types are also checked in "thueringen" by switching Weimar's
brand settings for the module. Screenshots go to tests/output/reflow/.
"""

import json

import pytest

from tests.browser.axe import serious_violations

pytestmark = pytest.mark.browser

WIDTHS = (320, 390)

# One URL per public Wagtail page type and per public snippet detail page of a region.
PAGE_TYPES = """
import json
from django_tenants.utils import schema_context
from wagtail.models import Page
from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer
found = {}
with schema_context(%(schema)r):
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        found.setdefault(type(page).__name__, page.url)
    for model in (Offer, Employer, Event):
        item = model.objects.public().order_by("pk").first()
        if item is not None:
            found[model.__name__] = item.get_url()
print(json.dumps(found))
"""

SET_THEME = """
from django_tenants.utils import schema_context
from themes.models import BrandSettings
with schema_context(%(schema)r):
    settings = BrandSettings.objects.get()
    settings.theme = %(theme)r
    settings.save()
"""


def _region_urls(demo_server, schema: str) -> dict[str, str]:
    urls = json.loads(demo_server.shell(PAGE_TYPES % {"schema": schema}).strip().splitlines()[-1])
    urls["Suche"] = "/suche/?q=Praktikum"
    return urls


@pytest.fixture(scope="module")
def themes_to_check(demo_server):
    """(label, host, {page type: path}) for every theme: jung, stadt and thueringen."""
    jena = _region_urls(demo_server, "jena")
    weimar = _region_urls(demo_server, "weimar")
    portal = {
        "PortalHome": "/",
        "PortalSuche": "/suche/?q=Praktikum",
        "PortalBerufe": "/berufe-mit-zukunft/",
        "PortalMerkliste": "/merkliste/",
        "PortalImpressum": "/impressum/",
        "PortalDatenschutz": "/datenschutz/",
        "PortalBarrierefreiheit": "/barrierefreiheit/",
    }
    return [
        ("jung", "jena.localhost", jena),
        ("stadt", "weimar.localhost", weimar),
        ("thueringen-portal", "localhost", portal),
    ]


@pytest.fixture
def weimar_in_thueringen(demo_server):
    demo_server.shell(SET_THEME % {"schema": "weimar", "theme": "thueringen"})
    try:
        yield
    finally:
        demo_server.shell(SET_THEME % {"schema": "weimar", "theme": "stadt"})


def _check_page(page, url, axe_source, shot) -> list[str]:
    """Problems of one page at the page's current width: sideways scroll and axe findings."""
    response = page.goto(url)
    if response.status != 200:
        return [f"HTTP {response.status}"]
    page.wait_for_load_state("load")
    width = page.evaluate("innerWidth")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    page.screenshot(path=str(shot), full_page=True)
    problems = []
    if scroll_width > width:
        wide = page.evaluate(
            """w => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1)
                .slice(-3).map(e => e.tagName.toLowerCase() + '.' + e.className)""",
            width,
        )
        problems.append(f"scrollWidth {scroll_width} > {width}: {wide}")
    problems += serious_violations(page, axe_source)
    return problems


def _scan(browser, demo_server, axe_source, theme, host, urls, output_dir):
    folder = output_dir / "reflow"
    folder.mkdir(parents=True, exist_ok=True)
    problems = {}
    for width in WIDTHS:
        context = browser.new_context(
            viewport={"width": width, "height": 800}, has_touch=True, bypass_csp=True
        )
        page = context.new_page()
        for label, path in urls.items():
            shot = folder / f"{theme}-{label}-{width}.png"
            found = _check_page(page, demo_server.url(host, path), axe_source, shot)
            if found:
                problems[f"{theme} {label} {path} @{width}"] = found
        context.close()
    return problems


@pytest.mark.parametrize("theme_index", [0, 1, 2], ids=["jung", "stadt", "thueringen-portal"])
def test_every_page_type_reflows_at_320_and_390_px(
    theme_index,
    themes_to_check,
    browser,
    demo_server,
    axe_source,
    output_dir,
):
    theme, host, urls = themes_to_check[theme_index]
    problems = _scan(browser, demo_server, axe_source, theme, host, urls, output_dir)
    assert problems == {}
    assert len(urls) >= (7 if theme.endswith("portal") else 12)


def test_region_page_types_reflow_in_the_portal_theme_too(
    weimar_in_thueringen,
    themes_to_check,
    browser,
    demo_server,
    axe_source,
    output_dir,
):
    _, host, urls = themes_to_check[1]
    problems = _scan(browser, demo_server, axe_source, "thueringen", host, urls, output_dir)
    assert problems == {}


def test_phone_menu_is_a_disclosure_button(demo_server, phone_page):
    phone_page.goto(demo_server.url("jena.localhost", "/angebote/"))
    toggle = phone_page.get_by_role("button", name="Menü")
    menu_link = phone_page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Arbeitgeber"
    )
    assert toggle.get_attribute("aria-expanded") == "false"
    assert menu_link.is_hidden()

    toggle.click()

    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu_link.is_visible()
    phone_page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert menu_link.is_hidden()


def test_search_and_merkliste_stay_in_view_on_a_phone(demo_server, phone_page):
    # given a pupil on a phone with the menu closed
    phone_page.goto(demo_server.url("jena.localhost", "/angebote/"))
    assert phone_page.get_by_role("button", name="Menü").get_attribute("aria-expanded") == "false"

    # when they tap the search tool in the header
    phone_page.get_by_role("link", name="Suche", exact=True).click()

    # then the search page opens without the menu
    phone_page.wait_for_url("**/suche/")
    assert phone_page.get_by_role("heading", level=1).inner_text() == "Suche in Jena"
    assert phone_page.get_by_role("link", name="Merkliste").first.is_visible()


@pytest.mark.parametrize("host", ["jena.localhost", "weimar.localhost"])
def test_full_menu_on_one_row_at_1280_px(host, demo_server, desktop_page):
    desktop_page.goto(demo_server.url(host, "/"))
    tops = desktop_page.evaluate(
        "[...document.querySelectorAll('.site-nav__link')]"
        ".map(a => Math.round(a.getBoundingClientRect().top))"
    )
    tools = desktop_page.evaluate(
        "[...document.querySelectorAll('.site-tools__link')].map(a => a.innerText.trim())"
    )
    assert len(tops) >= 8
    assert len(set(tops)) == 1
    assert tools == ["Suche", "Merkliste", "English"]  # the language switch (issue 20)
    assert desktop_page.get_by_role("button", name="Menü").is_hidden()


@pytest.mark.parametrize(("path", "limit"), [("/", 8000), ("/arbeitgeber/", 9000)])
def test_home_and_employer_list_are_short_on_a_phone(path, limit, demo_server, phone_page):
    # before issue 19: home 10,500 px, employer list 20,300 px tall at 390 px
    phone_page.goto(demo_server.url("jena.localhost", path))
    height = phone_page.evaluate("document.documentElement.scrollHeight")
    assert 1000 < height < limit
