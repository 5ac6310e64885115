"""Numbers of the outlook tables in German notation."""

from django import template
from django.utils.translation import gettext_lazy

from ..charts import number

register = template.Library()

# FigureQuerySet.outlook is German (compared in code, cached for the portal); shown translated.
OUTLOOK_LABELS = {
    "Fachkräfte gesucht": gettext_lazy("Fachkräfte gesucht"),
    "mehr Bewerber:innen als Bedarf": gettext_lazy("mehr Bewerber:innen als Bedarf"),
    "ausgeglichen": gettext_lazy("ausgeglichen"),
}


@register.filter
def outlook_label(value) -> str:
    """'Fachkräfte gesucht' in the active language."""
    return str(OUTLOOK_LABELS.get(value, value))


@register.filter
def thousands(value) -> str:
    """1234 → '1.234'."""
    return number(int(value))


@register.filter
def signed(value) -> str:
    """The gap with its sign: '+120', '−35', '0' (a real minus sign)."""
    value = int(value)
    if value > 0:
        return f"+{number(value)}"
    if value < 0:
        return f"\u2212{number(-value)}"
    return "0"
