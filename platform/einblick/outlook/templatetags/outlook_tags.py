"""Numbers of the outlook tables in German notation."""

from django import template

from ..charts import number

register = template.Library()


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
