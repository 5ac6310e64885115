"""The accessibility guard: refuse colour choices below WCAG 2.1 AA contrast."""

from dataclasses import dataclass

from . import contrast
from .tokens import COLOUR_LABELS, CONTRAST_PAIRS, EDITABLE_COLOURS, resolve_colours

# Which resolved colours change when an editable colour changes.
AFFECTS = {"primary": {"primary", "primary-strong", "primary-soft"}}


@dataclass(frozen=True)
class ContrastProblem:
    foreground: str  # colour role, e.g. "on-primary"
    background: str
    foreground_value: str
    background_value: str
    ratio: float
    required: float
    usage: str
    adjust: str  # the role whose shade is suggested
    suggestion: str | None

    @property
    def pair(self) -> str:
        return f"{COLOUR_LABELS[self.foreground]} auf {COLOUR_LABELS[self.background]}"

    def message(self) -> str:
        required = f"{self.required:g}".replace(".", ",") + ":1"
        text = (
            f"{self.usage}: {COLOUR_LABELS[self.foreground]} ({self.foreground_value}) auf "
            f"{COLOUR_LABELS[self.background]} ({self.background_value}) hat ein "
            f"Kontrastverhältnis von {contrast.format_ratio(self.ratio)}; nötig sind mindestens "
            f"{required} (WCAG 2.1 AA)."
        )
        if self.suggestion:
            text += (
                f" Nächster zulässiger Farbton für „{COLOUR_LABELS[self.adjust]}“: "
                f"{self.suggestion}."
            )
        else:
            text += f" Bitte „{COLOUR_LABELS[self.adjust]}“ deutlich heller oder dunkler wählen."
        return text


def _failing(colours: dict[str, str], roles: set[str] | None = None):
    for fg, bg, required, usage in CONTRAST_PAIRS:
        if roles is not None and not ({fg, bg} & roles):
            continue
        ratio = contrast.contrast_ratio(colours[fg], colours[bg])
        if ratio < required:
            yield fg, bg, ratio, required, usage


def _role_to_adjust(fg: str, bg: str, overridden: set[str]) -> str:
    for role in (bg, fg):
        base = next((r for r, affected in AFFECTS.items() if role in affected), role)
        if base in overridden:
            return base
    for role in (fg, bg):
        if role in EDITABLE_COLOURS:
            return role
    return fg


def check_colours(tokens: dict, overrides: dict[str, str] | None = None) -> list[ContrastProblem]:
    """Every text/background pair of the theme (with overrides) that fails WCAG 2.1 AA,
    each with the nearest passing shade of the colour to change."""
    overrides = {k: v for k, v in (overrides or {}).items() if v}
    colours = resolve_colours(tokens, overrides)
    problems = []
    suggestions: dict[str, str | None] = {}
    for fg, bg, ratio, required, usage in _failing(colours):
        role = _role_to_adjust(fg, bg, set(overrides))
        if role not in suggestions:
            suggestions[role] = _suggest(tokens, overrides, role)
        problems.append(
            ContrastProblem(
                foreground=fg,
                background=bg,
                foreground_value=colours[fg],
                background_value=colours[bg],
                ratio=ratio,
                required=required,
                usage=usage,
                adjust=role,
                suggestion=suggestions[role],
            )
        )
    return problems


def _suggest(tokens: dict, overrides: dict[str, str], role: str) -> str | None:
    """Nearest shade of `role` for which every pair touching it passes."""
    affected = AFFECTS.get(role, {role})
    start = resolve_colours(tokens, overrides)[role]

    def passes(candidate: str) -> bool:
        colours = resolve_colours(tokens, {**overrides, role: candidate})
        return next(_failing(colours, affected), None) is None

    return contrast.nearest_passing_shade(start, passes)
