"""Design tokens: merging editor overrides, derived colours, CSS custom properties.

Token names map 1:1 to CSS variables: colors.primary → --color-primary,
typography.font-body → --font-body, spacing.m → --space-m, radius.m → --radius-m,
logo.max-height → --logo-max-height.
"""

import copy
import re

from django.utils.safestring import SafeString, mark_safe

from . import contrast

# Colour roles every theme defines, with the German names editors see in messages.
COLOUR_LABELS = {
    "primary": "Primärfarbe",
    "on-primary": "Text auf Primärfarbe",
    "secondary": "Sekundärfarbe",
    "on-secondary": "Text auf Sekundärfarbe",
    "accent": "Akzentfarbe",
    "on-accent": "Text auf Akzentfarbe",
    "background": "Seitenhintergrund",
    "surface": "Kartenfläche",
    "text": "Fließtext",
    "text-muted": "Nebentext",
    "border": "Trennlinie",
    "control-border": "Rahmen von Eingabefeldern",
    "focus": "Fokusrahmen",
    # derived, see derived_colours()
    "primary-strong": "Primärfarbe (Hover)",
    "primary-soft": "Primärfarbe, hell getönt",
}
REQUIRED_COLOURS = [k for k in COLOUR_LABELS if k not in ("primary-strong", "primary-soft")]
EDITABLE_COLOURS = ("primary", "secondary", "accent")

# (foreground, background, minimum ratio, where the pair is used)
CONTRAST_PAIRS = [
    ("text", "background", contrast.AA_NORMAL, "Fließtext"),
    ("text-muted", "background", contrast.AA_NORMAL, "Nebentext"),
    ("text", "surface", contrast.AA_NORMAL, "Text auf Karten"),
    ("text-muted", "surface", contrast.AA_NORMAL, "Nebentext auf Karten"),
    ("primary", "background", contrast.AA_NORMAL, "Links"),
    ("primary", "surface", contrast.AA_NORMAL, "Links auf Karten"),
    ("on-primary", "primary", contrast.AA_NORMAL, "Schaltflächen"),
    ("on-primary", "primary-strong", contrast.AA_NORMAL, "Schaltflächen beim Überfahren"),
    ("text", "primary-soft", contrast.AA_NORMAL, "Text in hervorgehobenen Bereichen"),
    ("primary", "primary-soft", contrast.AA_NORMAL, "Links in hervorgehobenen Bereichen"),
    ("on-secondary", "secondary", contrast.AA_NORMAL, "Kopf- und Fußbereich"),
    ("on-accent", "accent", contrast.AA_NORMAL, "Schlagworte und Hinweise"),
    ("control-border", "background", contrast.AA_LARGE, "Eingabefelder (Bedienelement)"),
    ("focus", "background", contrast.AA_LARGE, "Fokusrahmen (Bedienelement)"),
    ("focus", "surface", contrast.AA_LARGE, "Fokusrahmen auf Karten (Bedienelement)"),
]

_SAFE_VALUE = re.compile(r"^[^;{}<>\\]*$")
_SAFE_NAME = re.compile(r"^[a-z][a-z0-9-]*$")


def derived_colours(colours: dict[str, str]) -> dict[str, str]:
    """Colours computed from the chosen ones (so editors only pick a few)."""
    primary, on_primary = colours["primary"], colours["on-primary"]
    # Hover moves away from the button text's lightness: more contrast, never less.
    shift = -0.07 if contrast.lightness(on_primary) > contrast.lightness(primary) else 0.07
    return {
        "primary-strong": contrast.with_lightness(primary, contrast.lightness(primary) + shift),
        "primary-soft": contrast.mix(primary, colours["background"], 0.09),
    }


def resolve_colours(tokens: dict, overrides: dict[str, str] | None = None) -> dict[str, str]:
    colours = {k: contrast.normalise(v) for k, v in tokens["colors"].items()}
    for key, value in (overrides or {}).items():
        if value:
            colours[key] = contrast.normalise(value)
    colours.update(derived_colours(colours))
    return colours


def merge_tokens(tokens: dict, overrides: dict[str, str] | None = None) -> dict:
    """A copy of a theme's tokens with editor colour overrides and derived colours applied."""
    merged = copy.deepcopy(tokens)
    merged["colors"] = resolve_colours(tokens, overrides)
    return merged


def css_variables(tokens: dict) -> dict[str, str]:
    """Flatten tokens into CSS custom properties (name → value)."""
    groups = {
        "colors": "color",
        "typography": "",
        "spacing": "space",
        "radius": "radius",
        "logo": "logo",
        "layout": "",
    }
    out: dict[str, str] = {}
    for group, prefix in groups.items():
        for key, value in tokens.get(group, {}).items():
            if not isinstance(value, str | int | float):
                continue
            if not _SAFE_NAME.match(key) or not _SAFE_VALUE.match(str(value)):
                raise ValueError(f"Unzulässiger Token {group}.{key}: {value!r}")
            out[f"--{prefix}-{key}" if prefix else f"--{key}"] = str(value)
    return out


def render_css(tokens: dict, selector: str = ":root") -> SafeString:
    """`:root{--color-primary:#…;…}` – safe to inline in a <style> element."""
    body = ";".join(f"{name}:{value}" for name, value in css_variables(tokens).items())
    return mark_safe(f"{selector}{{{body}}}")  # values are validated in css_variables


def font_faces(theme) -> SafeString:
    """@font-face rules for the theme's self-hosted fonts (URLs on this host only)."""
    from django.templatetags.static import static

    rules = []
    for font in theme.tokens.get("fonts", []):
        url = static(f"{theme.static_prefix}/{font['file']}")
        for value in (font["family"], font.get("weight", "400"), url):
            if not _SAFE_VALUE.match(value) or "'" in value or ")" in value:
                raise ValueError(f"Unzulässige Schriftangabe in {theme.name}: {value!r}")
        rules.append(
            "@font-face{"
            f"font-family:'{font['family']}';font-style:{font.get('style', 'normal')};"
            f"font-weight:{font.get('weight', '400')};font-display:swap;"
            f"src:url({url}) format('woff2')"
            "}"
        )
    return mark_safe("".join(rules))
