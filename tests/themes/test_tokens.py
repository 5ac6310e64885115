import pytest

from themes.active import ActiveTheme
from themes.registry import get_theme
from themes.tokens import css_variables, merge_tokens, render_css


def test_tokens_become_css_custom_properties():
    tokens = {
        "colors": {"primary": "#1D4F91"},
        "typography": {"font-body": "'Inter', sans-serif"},
        "spacing": {"m": "1rem"},
        "radius": {"l": "14px"},
        "logo": {"max-height": "3rem"},
    }

    css = render_css(tokens)

    assert css == (
        ":root{--color-primary:#1D4F91;--font-body:'Inter', sans-serif;--space-m:1rem;"
        "--radius-l:14px;--logo-max-height:3rem}"
    )


def test_token_values_that_could_break_out_of_css_are_refused():
    with pytest.raises(ValueError, match="Unzulässiger Token colors.primary"):
        css_variables({"colors": {"primary": "red}</style><script>"}})


def test_editor_overrides_and_derived_colours_are_rendered():
    merged = merge_tokens(get_theme("stadt").tokens, {"primary": "#0B4F8A"})

    variables = css_variables(merged)

    assert variables["--color-primary"] == "#0b4f8a"
    assert variables["--color-on-primary"] == "#ffffff"
    assert variables["--color-primary-strong"].startswith("#")
    assert variables["--color-primary-strong"] != "#0b4f8a"


def test_active_theme_css_has_self_hosted_font_faces():
    css = ActiveTheme(get_theme("jung")).css

    assert "@font-face{font-family:'Lexend'" in css
    assert "src:url(/static/themes/jung/fonts/lexend-latin-wght-normal.woff2)" in css
    assert "--color-primary:#5b2bd6" in css
