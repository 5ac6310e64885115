"""Brand preview of the dry run: the logo on the header colour, with a warning when it hardly
stands out (WCAG 2.1 1.4.11 asks 3:1 for graphics that identify something)."""

import base64
import io
from pathlib import Path

from PIL import Image

from themes.contrast import contrast_ratio, format_ratio, to_hex
from themes.registry import get_theme
from themes.tokens import resolve_colours

from .brand import ROLE_KEYS

LOGO_CONTRAST = 3.0
# Less than this share of the logo's visible pixels reaching LOGO_CONTRAST: warn.
VISIBLE_SHARE = 0.5
PREVIEW_HEIGHT = 48  # px, as high as the header shows it


def header_colours(theme: dict) -> dict[str, str]:
    """Background and text colour of the region's header (theme tokens with brand colours)."""
    brand = theme.get("brand", {})
    overrides = {role: brand[key] for role, key in ROLE_KEYS.items() if brand.get(key)}
    colours = resolve_colours(get_theme(theme["name"]).tokens, overrides)
    return {"background": colours["secondary"], "text": colours["on-secondary"]}


def logo_contrast(path: Path, background: str) -> float:
    """Share (0..1) of the logo's visible pixels with at least 3:1 against `background`."""
    with Image.open(path) as image:
        small = image.convert("RGBA")
        small.thumbnail((64, 64))
    pixels = [p for p in small.get_flattened_data() if p[3] >= 128]
    if not pixels:
        return 0.0
    ratios: dict[tuple, float] = {}
    visible = 0
    for red, green, blue, _ in pixels:
        key = (red, green, blue)
        if key not in ratios:
            ratios[key] = contrast_ratio(to_hex(key), background)
        visible += ratios[key] >= LOGO_CONTRAST
    return visible / len(pixels)


def _data_uri(path: Path) -> str:
    with Image.open(path) as image:
        small = image.convert("RGBA")
        small.thumbnail((PREVIEW_HEIGHT * 8, PREVIEW_HEIGHT))
    buffer = io.BytesIO()
    small.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def brand_preview(rf) -> dict:
    """What the dry run shows of the brand: header colours, portal name, the logo (as a data
    URI, so nothing is stored) and a German warning when the logo hardly stands out."""
    colours = header_colours(rf["theme"])
    preview = {**colours, "name": rf["theme"].get("brand", {}).get("portal_name") or rf["name"]}
    logo = rf.logo_path
    if logo is None:
        return {**preview, "logo": "", "warning": ""}
    return {**preview, "logo": _data_uri(logo), "warning": logo_warning(rf)}


def logo_warning(rf) -> str:
    """A German warning with its fix when the logo hardly stands out on the header, or ''."""
    logo = rf.logo_path
    if logo is None:
        return ""
    background = header_colours(rf["theme"])["background"]
    share = logo_contrast(logo, background)
    if share >= VISIBLE_SHARE:
        return ""
    return (
        f"Achtung: Das Logo hebt sich kaum von der Kopfzeile ab – nur {round(share * 100)} % "
        f"seiner Fläche erreichen den Kontrast {format_ratio(LOGO_CONTRAST)} zur "
        f"Kopfzeilenfarbe {background}. So beheben: eine helle bzw. dunkle Logo-Variante "
        "verwenden oder theme.brand.secondary_color ändern."
    )
