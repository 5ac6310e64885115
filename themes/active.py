"""The theme of the current request, kept in a context variable.

Set by themes.middleware.ThemeMiddleware (after the region middleware) and read by the
theme-aware template loader, the context processor and the 500 page, which must render
without touching the database.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property

from .registry import Theme, get_theme
from .tokens import font_faces, merge_tokens, render_css


@dataclass
class ActiveTheme:
    theme: Theme
    overrides: dict[str, str] = field(default_factory=dict)
    # Kept here so the 500 page can name the portal without a database query.
    portal_name: str = ""

    @property
    def name(self) -> str:
        return self.theme.name

    @cached_property
    def tokens(self) -> dict:
        return merge_tokens(self.theme.tokens, self.overrides)

    @cached_property
    def css(self) -> str:
        """@font-face rules + the token custom properties, for an inline <style>."""
        return font_faces(self.theme) + render_css(self.tokens)

    @property
    def logo_placement(self) -> str:
        return self.theme.tokens.get("logo", {}).get("placement", "left")


_active: ContextVar[ActiveTheme | None] = ContextVar("einblick_active_theme", default=None)


def get_active_theme() -> ActiveTheme:
    """The request's theme; the default theme outside a request."""
    return _active.get() or ActiveTheme(get_theme(None))


def current_theme_name() -> str | None:
    active = _active.get()
    return active.name if active else None


@contextmanager
def use_theme(active: ActiveTheme | str | None) -> Iterator[ActiveTheme]:
    """Make a theme active for a block (requests, previews, tests, e-mails)."""
    if not isinstance(active, ActiveTheme):
        active = ActiveTheme(get_theme(active))
    token = _active.set(active)
    try:
        yield active
    finally:
        _active.reset(token)
