"""The theme registry: every folder `themes/<name>/` with a `tokens.json` is a theme.

A theme folder holds
- `tokens.json`: label, description, colours, typography, spacing, radius, logo placement, fonts;
- `templates/`: templates that override the shared ones by the same relative path;
- `static/`: self-hosted fonts, icons and an optional `theme.css`, served under
  `/static/themes/<name>/` (see themes.finders).
"""

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

THEMES_DIR = Path(__file__).resolve().parent
DEFAULT_THEME = "thueringen"
# Theme names share the static prefix `themes/` with the shared assets: keep those free.
RESERVED_NAMES = {"css", "icons", "img", "js", "templates", "static", "migrations"}
NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,29}$")


class ThemeError(Exception):
    """A shipped theme folder is broken (bad tokens.json, bad name)."""


@dataclass(frozen=True)
class Theme:
    name: str
    label: str
    description: str
    path: Path
    tokens: dict = field(hash=False, compare=False)

    @property
    def template_dir(self) -> Path:
        return self.path / "templates"

    @property
    def static_dir(self) -> Path:
        return self.path / "static"

    @property
    def static_prefix(self) -> str:
        return f"themes/{self.name}"

    @property
    def stylesheet(self) -> str | None:
        """Static path of the theme's own CSS, if it has one."""
        if (self.static_dir / "theme.css").is_file():
            return f"{self.static_prefix}/theme.css"
        return None


def _load(path: Path) -> Theme:
    name = path.name
    if not NAME_RE.match(name) or name in RESERVED_NAMES:
        raise ThemeError(f"Ungültiger Theme-Name „{name}“ ({path}).")
    try:
        tokens = json.loads((path / "tokens.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ThemeError(f"{path / 'tokens.json'} ist nicht lesbar: {exc}") from exc
    for key in ("label", "colors", "typography"):
        if key not in tokens:
            raise ThemeError(f"{path / 'tokens.json'}: Schlüssel „{key}“ fehlt.")
    return Theme(
        name=name,
        label=tokens["label"],
        description=tokens.get("description", ""),
        path=path,
        tokens=tokens,
    )


@cache
def all_themes() -> dict[str, Theme]:
    """Every shipped theme by name, the default first."""
    found = {
        p.name: _load(p)
        for p in sorted(THEMES_DIR.iterdir())
        if p.is_dir() and (p / "tokens.json").is_file()
    }
    if DEFAULT_THEME not in found:
        raise ThemeError(f"Das Standard-Theme „{DEFAULT_THEME}“ fehlt in {THEMES_DIR}.")
    return {DEFAULT_THEME: found.pop(DEFAULT_THEME), **found}


def get_theme(name: str | None) -> Theme:
    """The named theme; unknown or empty names give the default theme."""
    themes = all_themes()
    return themes.get(name or DEFAULT_THEME) or themes[DEFAULT_THEME]


def theme_choices() -> list[tuple[str, str]]:
    """Choices for the brand settings form (callable, so new themes need no migration)."""
    return [(t.name, t.label) for t in all_themes().values()]
