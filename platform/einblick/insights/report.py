"""The yearly success report ("Erfolgsbericht") of one region as a PDF (reportlab).

Same numbers as the dashboard (`figures`), drawn with reportlab's own chart classes in the
region's brand colour. Every chart has its numbers written on the bars, so it reads in
greyscale print too; the indicator table follows the charts.
"""

import io
from dataclasses import dataclass, field

from django_tenants.utils import schema_context
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from themes.branding import brand_for_region

from . import figures
from .figures.tables import Chart
from .period import Period

WIDTH = A4[0] - 4 * cm
CHART_SLUGS = ["aufrufe", "angebotsarten", "berufsfelder", "groesse", "veranstaltungen",
               "suchen-ohne-treffer"]  # fmt: skip


@dataclass
class Report:
    pdf: bytes
    charts: list[str] = field(default_factory=list)  # titles of the drawn charts


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _drawing(title: str, chart: Chart, colour) -> Drawing:
    labels, values = [_short(str(x)) for x in chart.labels[:12]], list(chart.values[:12])
    vertical = chart.kind == "columns"
    height = 200 if vertical else 40 + 18 * len(values)
    drawing = Drawing(WIDTH, height + 24)
    bars = VerticalBarChart() if vertical else HorizontalBarChart()
    bars.x, bars.y = (30, 30) if vertical else (170, 10)
    bars.width, bars.height = (WIDTH - 40, height - 40) if vertical else (WIDTH - 210, height - 20)
    bars.data = [values]
    bars.categoryAxis.categoryNames = labels if not vertical else [x[:6] for x in labels]
    bars.categoryAxis.labels.fontName = "Helvetica"
    bars.categoryAxis.labels.fontSize = 7 if vertical else 8
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontSize = 7
    bars.bars[0].fillColor = colour
    bars.bars[0].strokeColor = colors.black
    bars.barLabelFormat = "%d"
    bars.barLabels.fontSize = 7
    bars.barLabels.fontName = "Helvetica"
    bars.valueAxis.labels.fontName = "Helvetica"
    bars.barLabels.nudge = 7
    if not vertical:
        bars.categoryAxis.reverseDirection = 1  # first row on top, as in the table
    drawing.add(bars)
    drawing.add(String(0, height + 10, title, fontName="Helvetica-Bold", fontSize=11))
    return drawing


def _chart_for(table) -> Chart | None:
    if table.slug == "veranstaltungen" and table.rows:
        return Chart("bars", [r[0] for r in table.rows], [r[2] for r in table.rows])
    return table.chart


def _indicator_table(key_figures, colour) -> Table:
    rows = [["Kennzahl", "Jahr", "Vorjahr", "Veränderung"]]
    rows += [[f.label, f.value_label, f.previous_label, f.change_label()] for f in key_figures]
    table = Table(rows, colWidths=[8 * cm, 2.4 * cm, 2.4 * cm, 4.2 * cm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("BACKGROUND", (0, 0), (-1, 0), colour),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))  # fmt: skip
    return table


def build_report(region, year: int) -> Report:
    """The report of `region` (a Region) for the calendar year `year`."""
    brand = brand_for_region(region)
    colour = colors.HexColor(brand.colours.get("primary", "#1d4f91"))
    period = Period.year(year)
    with schema_context(region.schema_name):
        key_figures = figures.key_figures(period)
        tables = {t.slug: t for t in figures.tables(period)}
    styles = getSampleStyleSheet()
    styles["Title"].textColor = colour
    story = [
        Paragraph(f"Erfolgsbericht {year}", styles["Title"]),
        Paragraph(f"{brand.portal_name} – Region {region.name}", styles["Heading2"]),
        Paragraph(
            f"Zeitraum {period.label()}, verglichen mit {year - 1}. Gezählt ohne Cookies und "
            "ohne IP-Adressen; Erklärung jeder Zahl im Redaktionshandbuch „Kennzahlen“.",
            styles["BodyText"],
        ),
        Spacer(1, 0.4 * cm),
        Paragraph("Kennzahlen", styles["Heading2"]),
        _indicator_table(key_figures, colour),
    ]
    drawn = []
    for slug in CHART_SLUGS:
        table = tables[slug]
        chart = _chart_for(table)
        title = "Anwesende Personen je Veranstaltung" if slug == "veranstaltungen" else table.title
        story.append(Spacer(1, 0.5 * cm))
        if chart is None or not chart.values:
            story.append(Paragraph(f"{title}: keine Einträge im Jahr {year}.", styles["BodyText"]))
            continue
        story.append(_drawing(title, chart, colour))
        drawn.append(title)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, title=f"Erfolgsbericht {year} – {region.name}",
        author=brand.portal_name, lang="de-DE",
    )  # fmt: skip
    document.build(story)
    return Report(buffer.getvalue(), drawn)
