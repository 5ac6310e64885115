"""Theme and brand of a new region: the region file's [theme] → themes.BrandSettings."""

from pathlib import Path

from django.core.files.images import ImageFile

from transfer_kit.problems import Problem

# region-file brand key → BrandSettings field
BRAND_FIELDS = {
    "primary_color": "primary_color",
    "secondary_color": "secondary_color",
    "accent_color": "accent_color",
    "portal_name": "portal_name",
    "claim": "claim",
    "footer_text": "footer_text",
}
ROLE_KEYS = {"primary": "primary_color", "secondary": "secondary_color", "accent": "accent_color"}


def available_themes() -> set[str]:
    """Names of the installed themes (themes/<name>/tokens.json)."""
    from themes.registry import all_themes

    return set(all_themes())


def check_brand(theme: dict) -> list[Problem]:
    """Colour choices that fail WCAG 2.1 AA with the chosen theme, before anything is created."""
    from themes.guard import check_colours
    from themes.registry import get_theme

    brand = theme.get("brand", {})
    overrides = {role: brand[key] for role, key in ROLE_KEYS.items() if brand.get(key)}
    problems = []
    for problem in check_colours(get_theme(theme["name"]).tokens, overrides):
        key = ROLE_KEYS.get(problem.adjust)
        problems.append(
            Problem(
                f"theme.brand.{key}" if key else "theme.name",
                "Farben mit ausreichendem Kontrast (WCAG 2.1 AA)",
                problem.message().split(" Nächster")[0],
                f"Farbton {problem.suggestion} verwenden."
                if problem.suggestion
                else "Die Farbe deutlich heller oder dunkler wählen.",
            )
        )
    return problems


def apply_brand(rf, pages_by_slug: dict, *, logo: bool = True) -> list[str]:
    """Write the region's BrandSettings (current schema = the region); returns German notes.
    `logo=False` keeps the current logo (an update whose logo file did not change)."""
    from wagtail.images import get_image_model

    from themes.models import BrandSettings

    theme, agency, legal = rf["theme"], rf["agency"], rf["legal"]
    settings = BrandSettings.load()
    settings.theme = theme["name"]
    for key, field in BRAND_FIELDS.items():
        if theme.get("brand", {}).get(key):
            setattr(settings, field, theme["brand"][key])
    settings.agency_name = agency["name"]
    settings.agency_email = agency["email"]
    settings.agency_phone = agency.get("phone", "")
    settings.agency_address = agency.get("address", "").replace(", ", "\n", 1)
    settings.agency_url = agency.get("website", "")
    for key in ("imprint", "privacy", "accessibility"):
        setattr(settings, f"{key}_url", legal.get(f"{key}_url", ""))
    for field, slug in (("imprint_page", "impressum"), ("privacy_page", "datenschutz"),
                        ("accessibility_page", "barrierefreiheit")):  # fmt: skip
        setattr(settings, field, pages_by_slug.get(slug))
    notes = [f"Theme „{theme['name']}“"]
    path: Path | None = rf.logo_path if logo else None
    if path is not None:
        with path.open("rb") as handle:
            image = get_image_model()(title=f"Logo {rf['name']}")
            image.file = ImageFile(handle, name=path.name)
            image.save()
        settings.logo = image
        notes.append(f"Logo {path.name}")
    settings.full_clean()
    settings.save()
    return notes
