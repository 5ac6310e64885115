"""Rendered pages per region: theme, colours, template overrides, isolation."""

import re

from django.contrib.staticfiles import finders

from themes.registry import all_themes

from .conftest import set_brand


def test_each_region_renders_its_own_theme(
    jena_client, weimar_client, brand_jena_jung_weimar_stadt
):
    jena = jena_client.get("/").content.decode()
    weimar = weimar_client.get("/").content.decode()

    assert 'data-theme="jung"' in jena
    assert "--color-primary:#5b2bd6" in jena
    assert 'data-theme="stadt"' in weimar
    assert "--color-primary:#1e5b4f" in weimar


def test_theme_template_override_does_not_leak_into_other_regions(
    jena_client, weimar_client, brand_jena_jung_weimar_stadt
):
    # given jena uses "jung", which overrides includes/site_header.html, and the template
    # cache is warm with jung's version
    set_brand_claim = "Rein ins Berufsleben"
    for client in (jena_client, weimar_client, jena_client, weimar_client):
        client.get("/")

    # when both regions render again (in both orders)
    jena = jena_client.get("/").content.decode()
    weimar = weimar_client.get("/").content.decode()
    jena_again = jena_client.get("/").content.decode()

    # then only jena has the override's markup
    assert "site-header--jung" in jena
    assert "site-header--jung" in jena_again
    assert "site-header--jung" not in weimar
    assert 'class="site-header"' in weimar
    assert set_brand_claim not in weimar


def test_changing_weimars_primary_colour_changes_weimar_only(
    jena_client, weimar_client, jena_region, weimar_region, brand_jena_jung_weimar_stadt
):
    jena_before = jena_client.get("/").content.decode()
    assert "--color-primary:#0b4f8a" not in weimar_client.get("/").content.decode()

    set_brand(weimar_region, primary_color="#0B4F8A")

    weimar_after = weimar_client.get("/").content.decode()
    jena_after = jena_client.get("/").content.decode()
    assert "--color-primary:#0b4f8a" in weimar_after
    assert "--color-primary:#0b4f8a" not in jena_after
    style = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
    assert style.search(jena_after).group(1) == style.search(jena_before).group(1)


def test_region_name_logo_and_legal_links_are_rendered(weimar_client, weimar_region):
    set_brand(
        weimar_region,
        portal_name="Karriere Weimar",
        imprint_url="https://www.weimar.de/impressum",
        agency_name="Bildungsbüro Weimar",
        agency_email="bildung@weimar.localhost",
    )

    html = weimar_client.get("/").content.decode()

    assert '<span class="brand__name">Karriere Weimar</span>' in html
    assert '<a href="https://www.weimar.de/impressum">Impressum</a>' in html
    assert "<strong>Bildungsbüro Weimar</strong>" in html
    assert 'href="mailto:bildung@weimar.localhost"' in html


def test_404_page_is_themed(jena_client, brand_jena_jung_weimar_stadt):
    response = jena_client.get("/gibt-es-nicht/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Diese Seite gibt es nicht (mehr)." in html
    assert 'data-theme="jung"' in html


def test_portal_uses_the_neutral_thueringen_brand(portal_client):
    html = portal_client.get("/").content.decode()

    assert 'data-theme="thueringen"' in html
    assert "Einblick Thüringen" in html


def test_theme_static_files_are_found_with_their_licences():
    for theme in all_themes().values():
        for font in theme.tokens["fonts"]:
            path = finders.find(f"{theme.static_prefix}/{font['file']}")
            assert path and path.endswith(".woff2"), font
        licences = list((theme.static_dir / "fonts").glob("OFL-*.txt"))
        assert licences, theme.name
        assert all("SIL Open Font License" in p.read_text() for p in licences)


def test_legal_links_fall_back_to_the_starter_pages(jena_client, jena):
    from wagtail.models import Site

    from einblick.pages.models import StandardPage

    # given a live "impressum" page under Jena's site root and nothing set in the settings
    root = Site.objects.get(is_default_site=True).root_page
    page = root.get_children().filter(slug="impressum").first()
    if page is None:
        page = root.add_child(instance=StandardPage(title="Impressum", slug="impressum", live=True))
    url = page.url

    # when
    html = jena_client.get("/").content.decode()

    # then the footer links it
    assert f'<a href="{url}">Impressum</a>' in html
