"""Brand application: the seam between the transfer kit and `themes/`.

INTEGRATION SEAM (themes): until the themes app offers per-region brand settings, the brand
tokens and the logo are stored on the RegionProfile only and "default" is the only theme.
"""

from pathlib import Path

DEFAULT_THEMES = {"default"}


def available_themes() -> set[str]:
    """Names of installed themes."""
    return set(DEFAULT_THEMES)


def apply_brand(region, theme: dict, logo: Path | None, profile) -> list[str]:
    """Apply theme and brand tokens to `region` (inside the onboarding transaction).

    Returns short German notes of what was done, for the progress output.
    """
    profile.brand = {"theme": theme["name"], **theme.get("brand", {})}
    if logo is not None:
        profile.brand["logo_file"] = logo.name
    profile.save(update_fields=["brand"])
    return [f"Theme „{theme['name']}“ gemerkt (Theme-Anbindung folgt)"]
