"""The outlook chart: server-rendered SVG, readable without colour and without script.

For each occupation group two bars, expected demand (solid) and expected supply (hatched),
each with its number as text. The chart is `role="img"` with a title; the same values are in
the table next to it (the description says so). Hovering a group shows its title tooltip.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
INK = "#1d1d1b"
BAR = "#005b8c"
LABEL_W, BAR_W, ROW = 230, 330, 62


def number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _f(value: float) -> str:
    return f"{value:.1f}"


def _short(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _legend(ident: str, target_year: int) -> SafeString:
    return format_html(
        '<g><rect x="0" y="4" width="16" height="12" fill="{bar}" stroke="{ink}"/>'
        '<text x="22" y="15" fill="{ink}">Bedarf {year}</text>'
        '<rect x="140" y="4" width="16" height="12" fill="url(#{i}-p)" stroke="{ink}"/>'
        '<text x="162" y="15" fill="{ink}">Angebot {year}</text></g>',
        bar=BAR, ink=INK, year=target_year, i=ident,
    )  # fmt: skip


def _group(ident, index, figure, top) -> SafeString:
    y = 30 + index * ROW
    demand_w = max(1.0, BAR_W * figure.demand / top) if figure.demand else 0
    supply_w = max(1.0, BAR_W * figure.supply / top) if figure.supply else 0
    return format_html(
        '<g><title>{name}: Bedarf {d}, Angebot {s} ({outlook})</title>'
        '<text x="0" y="{ty}" fill="{ink}">{short}</text>'
        '<rect x="{x}" y="{y1}" width="{dw}" height="18" fill="{bar}" stroke="{ink}"/>'
        '<text x="{dx}" y="{t1}" fill="{ink}">{d}</text>'
        '<rect x="{x}" y="{y2}" width="{sw}" height="18" fill="url(#{i}-p)" stroke="{ink}"/>'
        '<text x="{sx}" y="{t2}" fill="{ink}">{s}</text></g>',
        name=figure.occupation_group, d=number(figure.demand), s=number(figure.supply),
        outlook=figure.outlook, ty=y + 30, ink=INK, short=_short(figure.occupation_group),
        x=LABEL_W, y1=y + 4, dw=_f(demand_w), bar=BAR, dx=_f(LABEL_W + demand_w + 6), t1=y + 18,
        y2=y + 26, sw=_f(supply_w), i=ident, sx=_f(LABEL_W + supply_w + 6), t2=y + 40,
    )  # fmt: skip


def demand_supply_chart(ident: str, title: str, figures: list) -> SafeString:
    """Grouped bars of demand and supply in the target year; empty string without figures."""
    if not figures:
        return mark_safe("")
    top = max(max(f.demand, f.supply) for f in figures) or 1
    pattern = format_html(
        '<defs><pattern id="{i}-p" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="{bar}" stroke-width="3"/></pattern></defs>',
        i=ident, bar=BAR,
    )  # fmt: skip
    groups = format_html_join(
        "", "{}", ((_group(ident, i, f, top),) for i, f in enumerate(figures))
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" '
        'role="img" aria-labelledby="{i}-t {i}-d" class="outlook-chart" '
        'font-family="sans-serif" font-size="13"><title id="{i}-t">{title}</title>'
        '<desc id="{i}-d">Balkendiagramm; alle Werte stehen in der Tabelle darunter.</desc>'
        "{pattern}{legend}{groups}</svg>",
        w=WIDTH, h=36 + ROW * len(figures), i=ident, title=title, pattern=pattern,
        legend=_legend(ident, figures[0].target_year), groups=groups,
    )  # fmt: skip


def outlook_summary(figures: list, ident: str) -> dict:
    """What the public page and the KPI panel show above and below the table."""
    first = figures[0] if figures else None
    return {
        "figures": figures,
        "chart": demand_supply_chart(
            ident,
            f"Erwarteter Bedarf und erwartetes Angebot {first.target_year} nach Berufsgruppe"
            if first
            else "",
            figures,
        ),
        "data_year": first.year if first else None,
        "target_year": first.target_year if first else None,
        "sources": sorted({f.source for f in figures}),
        "is_demo": any(f.is_demo for f in figures),
        "shortages": sum(1 for f in figures if f.outlook == "Fachkräfte gesucht"),
    }
