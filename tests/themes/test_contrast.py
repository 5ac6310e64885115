import pytest

from themes import contrast
from themes.guard import check_colours
from themes.registry import all_themes, get_theme


def test_contrast_ratio_of_black_on_white_is_21():
    assert contrast.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast.contrast_ratio("#fff", "#fff") == pytest.approx(1.0)


def test_contrast_ratio_matches_the_wcag_reference_value():
    # #767676 on white is the classic "just passes AA" grey: 4.54:1
    assert contrast.format_ratio(contrast.contrast_ratio("#767676", "#ffffff")) == "4,54:1"
    assert contrast.format_ratio(contrast.contrast_ratio("#777777", "#ffffff")) == "4,47:1"


@pytest.mark.parametrize("name", sorted(all_themes()))
def test_every_shipped_theme_passes_wcag_aa(name):
    assert [p.message() for p in check_colours(get_theme(name).tokens)] == []


def test_guard_refuses_a_light_primary_with_pair_ratio_and_nearest_shade():
    # given the theme "stadt" with white button text, and an editor's light yellow primary
    tokens = get_theme("stadt").tokens

    # when
    problems = check_colours(tokens, {"primary": "#f5c400"})

    # then the button pair is named with its ratio, the minimum and a passing shade
    button = next(p for p in problems if p.usage == "Schaltflächen")
    assert button.foreground == "on-primary" and button.background == "primary"
    assert button.adjust == "primary"
    message = button.message()
    assert "Text auf Primärfarbe (#ffffff) auf Primärfarbe (#f5c400)" in message
    assert "Kontrastverhältnis von 1,64:1" in message
    assert "mindestens 4,5:1" in message
    assert f"Nächster zulässiger Farbton für „Primärfarbe“: {button.suggestion}." in message
    # and the suggestion really passes every pair touching the primary colour
    assert check_colours(tokens, {"primary": button.suggestion}) == []
    assert contrast.contrast_ratio("#ffffff", button.suggestion) >= 4.5


def test_nearest_shade_keeps_the_hue_and_is_close():
    suggestion = check_colours(get_theme("stadt").tokens, {"primary": "#f5c400"})[0].suggestion
    # still a yellow-brown (red > green > blue), only darker
    r, g, b = contrast.to_rgb(suggestion)
    assert r > g > b
    # the nearest: a slightly lighter shade would fail again
    lighter = contrast.with_lightness(suggestion, contrast.lightness(suggestion) + 0.01)
    assert check_colours(get_theme("stadt").tokens, {"primary": lighter}) != []


def test_guard_accepts_a_passing_choice():
    assert check_colours(get_theme("jung").tokens, {"primary": "#0b4f8a"}) == []


def test_ui_components_need_3_to_1_only():
    # the focus ring is a UI component: 3:1 is enough (#8c8c8c: 3.36 on white, 3.07 on cards)
    tokens = get_theme("thueringen").tokens
    custom = {**tokens, "colors": {**tokens["colors"], "focus": "#8c8c8c"}}
    assert check_colours(custom) == []
    custom["colors"]["focus"] = "#a0a0a0"  # ≈ 2.6
    assert [p.usage for p in check_colours(custom)][:1] == ["Fokusrahmen (Bedienelement)"]
