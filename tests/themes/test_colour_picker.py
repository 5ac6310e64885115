"""Brand colours are picked with a colour picker; "Farbe des Themes verwenden" empties them."""

from tests.adminkit.helpers import login
from themes.models import BrandSettings

PAGE = "/cms/settings/themes/brandsettings/{}/"


def _post(client, **fields):
    data = {"theme": "stadt", "primary_color": "#000000", "secondary_color": "#000000",
            "accent_color": "#000000", "secondary_color-theme": "1", "accent_color-theme": "1"}  # fmt: skip
    data.update(fields)
    return client.post(PAGE.format(BrandSettings.load().pk), data)


def test_region_editor_gets_colour_pickers_with_the_theme_choice(weimar, weimar_client):
    login(weimar_client, weimar, "redakteurin", superuser=False, groups=["Editors"])

    html = weimar_client.get(PAGE.format(BrandSettings.load().pk)).content.decode()

    assert 'type="color" name="primary_color" value="#000000"' in html
    assert 'name="primary_color-theme" value="1" checked' in html
    assert html.count("data-colour-picker-theme>") == 3
    assert "themes/js/colour_picker.js" in html


def test_picked_colour_is_saved_and_the_ticked_ones_stay_empty(weimar, weimar_client):
    login(weimar_client, weimar, "redakteurin", superuser=False, groups=["Editors"])

    response = _post(weimar_client, primary_color="#0b4f8a")

    saved = BrandSettings.load()
    assert response.status_code == 302
    assert (saved.primary_color, saved.secondary_color, saved.accent_color) == ("#0b4f8a", "", "")


def test_ticked_theme_colour_wins_over_the_picker(weimar, weimar_client):
    login(weimar_client, weimar, "redakteurin", superuser=False, groups=["Editors"])
    _post(weimar_client, primary_color="#0b4f8a")

    _post(weimar_client, primary_color="#0b4f8a", **{"primary_color-theme": "1"})

    saved = BrandSettings.load()
    assert saved.primary_color == ""
    html = weimar_client.get(PAGE.format(saved.pk)).content.decode()
    assert 'name="primary_color-theme" value="1" checked' in html


def test_a_broken_colour_is_a_german_form_error(weimar, weimar_client):
    login(weimar_client, weimar, "redakteurin", superuser=False, groups=["Editors"])

    response = _post(weimar_client, primary_color="rot")

    assert response.status_code == 200
    assert "Bitte eine Farbe im Format #RRGGBB angeben" in response.content.decode()
    assert BrandSettings.load().primary_color == ""
