"""Server-rendered, accessible SVG charts (no script, no inline style, no colour-only code).

Every bar carries its name and its number as text; bars are hatched and outlined so they
read in greyscale and in forced-colours mode. The table under each chart holds the same
values (the chart is `role="img"` with a title and a description pointing to it).
"""

import math

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from .figures.tables import Chart

WIDTH = 640
INK = "#1d1d1b"
BAR = "#005b8c"
PATTERN = (
    '<defs><pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="{bar}"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern></defs>'
)


def _number(value) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


def _f(value: float) -> str:
    return f"{value:.1f}"


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _frame(ident, title, height, body) -> SafeString:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" '
        'role="img" aria-labelledby="{i}-t {i}-d" class="insights-chart" '
        'font-family="sans-serif" font-size="13">'
        '<title id="{i}-t">{title}</title><desc id="{i}-d">Diagramm; alle Werte stehen in '
        "der Tabelle darunter.</desc>{pattern}{body}</svg>",
        w=WIDTH,
        h=height,
        i=ident,
        title=title,
        pattern=mark_safe(PATTERN.format(id=f"{ident}-p", bar=BAR)),
        body=body,
    )


def bars(ident: str, title: str, chart: Chart) -> SafeString:
    """Horizontal bars: name left, hatched bar, number right of the bar."""
    row, label_w, bar_w = 28, 240, 320
    top = max(chart.values, default=0) or 1
    items = []
    for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        y = 8 + i * row
        width = max(1.0, bar_w * value / top) if value else 0
        items.append((label, _short(label), y + 18, label_w, y + 4, f"{width:.1f}", ident,
                      label_w + width + 6, _number(value)))  # fmt: skip
    body = format_html_join(
        "",
        '<g><title>{}</title><text x="0" y="{}" fill="' + INK + '">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="20" fill="url(#{}-p)" stroke="' + INK + '"/>'
        '<text x="{}" y="{}" fill="' + INK + '">{}</text></g>',
        ((full, y_text, short, x, y_bar, w, i, x_num, y_text, num)
         for full, short, y_text, x, y_bar, w, i, x_num, num in items),
    )  # fmt: skip
    return _frame(ident, title, 16 + row * len(items), body)


def columns(ident: str, title: str, chart: Chart) -> SafeString:
    """Columns over time with the number above each column and every n-th date below."""
    height, base, left = 260, 220, 8
    n = max(len(chart.values), 1)
    slot = (WIDTH - left) / n
    top = max(chart.values, default=0) or 1
    every = math.ceil(n / 12)
    parts = [format_html('<line x1="0" y1="{b}" x2="{w}" y2="{b}" stroke="{c}"/>',
                         b=base, w=WIDTH, c=INK)]  # fmt: skip
    for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        h = 180 * value / top
        x = left + i * slot
        parts.append(format_html(
            '<g><title>{l}: {v}</title><rect x="{x}" y="{y}" width="{w}" '
            'height="{h}" fill="url(#{i}-p)" stroke="{c}"/>',
            l=label, v=_number(value), x=_f(x + slot * 0.15), y=_f(base - h), w=_f(slot * 0.7), h=_f(h),
            i=ident, c=INK,
        ))  # fmt: skip
        if n <= 16 or value == top:
            parts.append(format_html(
                '<text x="{x}" y="{y}" text-anchor="middle" font-size="11" '
                'fill="{c}">{v}</text>', x=_f(x + slot / 2), y=_f(base - h - 4), c=INK, v=_number(value)
            ))  # fmt: skip
        if i % every == 0:
            parts.append(format_html(
                '<text x="{x}" y="{y}" text-anchor="middle" font-size="11" fill="{c}">'
                "{l}</text>", x=_f(x + slot / 2), y=base + 18, c=INK, l=label
            ))  # fmt: skip
        parts.append(mark_safe("</g>"))
    return _frame(ident, title, height, mark_safe("".join(parts)))


def render(ident: str, title: str, chart: Chart | None) -> SafeString:
    if chart is None:
        return mark_safe("")
    return (columns if chart.kind == "columns" else bars)(ident, title, chart)
