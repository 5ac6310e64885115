"""Brand settings: the admin refuses inaccessible colours; other apps read a region's brand."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import RequestFactory
from django.views.defaults import server_error
from django_tenants.utils import tenant_context

from tests import factories
from themes.active import ActiveTheme, use_theme
from themes.branding import brand_for_region
from themes.models import BrandSettings
from themes.registry import get_theme

from .conftest import set_brand


def test_model_validation_refuses_a_failing_colour_with_a_german_message(weimar):
    settings = BrandSettings.load()
    settings.theme = "stadt"
    settings.primary_color = "#F5C400"

    with pytest.raises(ValidationError) as excinfo:
        settings.full_clean()

    messages = excinfo.value.message_dict["primary_color"]
    assert any(
        m.startswith("Schaltflächen: Text auf Primärfarbe (#ffffff) auf Primärfarbe (#f5c400) ")
        and "1,64:1" in m
        and "Nächster zulässiger Farbton für „Primärfarbe“: #" in m
        for m in messages
    )


def test_model_validation_accepts_a_passing_colour(weimar):
    settings = BrandSettings.load()
    settings.theme = "stadt"
    settings.primary_color = "#0B4F8A"

    settings.full_clean()
    settings.save()

    assert BrandSettings.load().primary_color == "#0B4F8A"


def _admin_client(client):
    """Log `client` in as a superuser of the current region; return its settings' pk."""
    user = factories.user("theme-admin", superuser=True)
    settings_pk = BrandSettings.load().pk
    client.force_login(user)  # session and last_login live in the region's schema
    return settings_pk


def _form(**fields):
    data = {"theme": "stadt", "primary_color": "", "secondary_color": "", "accent_color": ""}
    data.update(fields)
    return data


def test_admin_settings_form_refuses_the_failing_pair(weimar_client, weimar):
    pk = _admin_client(weimar_client)

    response = weimar_client.post(
        f"/cms/settings/themes/brandsettings/{pk}/", _form(primary_color="#f5c400")
    )

    assert response.status_code == 200  # form shown again with errors
    html = response.content.decode()
    assert "Kontrastverhältnis von 1,64:1" in html
    assert "Nächster zulässiger Farbton" in html
    assert BrandSettings.load().primary_color == ""


def test_admin_settings_form_saves_a_passing_colour_for_this_region_only(
    weimar_client, weimar, jena_region
):
    pk = _admin_client(weimar_client)

    response = weimar_client.post(
        f"/cms/settings/themes/brandsettings/{pk}/", _form(primary_color="#0b4f8a")
    )

    assert response.status_code == 302
    assert BrandSettings.load().primary_color == "#0b4f8a"
    with tenant_context(jena_region):
        assert BrandSettings.load().primary_color == ""


def test_admin_preview_shows_unsaved_colours(weimar_client, weimar):
    pk = _admin_client(weimar_client)
    url = f"/cms/settings/themes/brandsettings/{pk}/preview/"

    posted = weimar_client.post(url, _form(primary_color="#0b4f8a"))
    preview = weimar_client.get(url)

    assert posted.json() == {"is_valid": True, "is_available": True}
    html = preview.content.decode()
    assert "--color-primary:#0b4f8a" in html
    assert 'data-theme="stadt"' in html
    assert BrandSettings.load().primary_color == ""  # nothing saved


def test_brand_for_region_reads_the_regions_own_settings(jena_region, weimar_region):
    set_brand(weimar_region, theme="stadt", portal_name="Karriere Weimar", primary_color="#0b4f8a")
    set_brand(jena_region, theme="jung")

    weimar = brand_for_region(weimar_region)
    jena = brand_for_region(jena_region)

    assert connection.schema_name == "public"
    assert (weimar.region_name, weimar.portal_name, weimar.theme) == (
        "Weimar",
        "Karriere Weimar",
        "stadt",
    )
    assert weimar.colours["primary"] == "#0b4f8a"
    assert (jena.portal_name, jena.theme, jena.colours["primary"]) == (
        "Einblick Jena",
        "jung",
        "#5b2bd6",
    )
    assert jena.logo_url == ""


def test_500_page_is_themed_and_needs_no_database():
    # no `db` fixture: any database access would raise
    request = RequestFactory().get("/")
    active = ActiveTheme(get_theme("jung"), {"primary": "#0b4f8a"}, "Einblick Jena")

    with use_theme(active):
        response = server_error(request)

    html = response.content.decode()
    assert response.status_code == 500
    assert "Hier ist gerade etwas schiefgelaufen." in html
    assert "--color-primary:#0b4f8a" in html
    assert "Einblick Jena" in html
    assert 'data-theme="jung"' in html


def test_region_badge_shows_another_regions_name_and_colour_on_the_portal(weimar_region):
    from django.template import Context, Template

    set_brand(weimar_region, theme="stadt", primary_color="#0b4f8a")
    template = Template(
        '{% load themes_tags %}{% region_brand "weimar" as rb %}'
        '{% include "themes/region_badge.html" %}'
        '{% region_brand "gibt-es-nicht" as missing %}[{{ missing|default:"" }}]'
    )

    html = template.render(Context({}))

    assert connection.schema_name == "public"
    assert ".region-badge--weimar { --badge-colour: #0b4f8a; }" in html
    assert 'class="region-badge region-badge--weimar"' in html
    assert "style=" not in html  # CSP forbids style attributes
    assert '<span class="visually-hidden">Region </span>Weimar</span>' in html
    assert html.endswith("[]")
