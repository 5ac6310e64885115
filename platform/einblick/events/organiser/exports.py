"""Participant exports: CSV and XLSX (all active registrations) and a printable check-in
list as PDF (seat holders per slot, with a box to tick).

No cell can turn into a formula: CSV cells pass `safe_cell`, XLSX text cells are written as
text. PDF text is escaped before reportlab reads its mini-markup.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from einblick.security.spreadsheets import SafeCsvWriter

from . import participants


def csv_bytes(event) -> bytes:
    handle = io.StringIO()
    writer = SafeCsvWriter(handle, delimiter=";")
    writer.writerow(participants.COLUMNS)
    writer.writerows(participants.export_row(row) for row in participants.active(event))
    return ("\ufeff" + handle.getvalue()).encode("utf-8")  # BOM: Excel reads UTF-8


def xlsx_bytes(event) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Anmeldungen"
    sheet.append(participants.COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in participants.active(event):
        sheet.append(participants.export_row(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # "=…" stays text, never a formula
    sheet.freeze_panes = "A2"
    handle = io.BytesIO()
    book.save(handle)
    return handle.getvalue()


def _p(text, style) -> Paragraph:
    return Paragraph(escape(str(text or "")), style)


def _checkin_table(group: dict, styles) -> Table:
    cell = styles["BodyText"]
    data = [["", "Name", "Schule / Klasse", "Pers.", "Hinweis"]]
    for row in group["holders"]:
        school = " / ".join(part for part in (row.school, row.school_class) if part)
        mark = "X" if row.attended else ""
        data.append(
            [mark, _p(row.name, cell), _p(school, cell), row.group_size, _p(row.note, cell)]
        )
    table = Table(data, colWidths=[10 * mm, 50 * mm, 45 * mm, 12 * mm, 58 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ]
        )
    )
    return table


def checkin_pdf(event) -> bytes:
    """A4 check-in list: per slot the people holding seats, a box to tick, their note."""
    styles = getSampleStyleSheet()
    handle = io.BytesIO()
    margins = {"leftMargin": 12 * mm, "rightMargin": 12 * mm, "topMargin": 15 * mm}
    doc = SimpleDocTemplate(
        handle, pagesize=A4, title=f"Einlassliste – {event.title}", bottomMargin=15 * mm, **margins
    )
    start = timezone.localtime(event.start).strftime("%d.%m.%Y, %H:%M Uhr")
    story = [
        _p(f"Einlassliste: {event.title}", styles["Title"]),
        _p(f"{start} · {event.venue or event.city}", styles["Normal"]),
        Spacer(1, 6 * mm),
    ]
    for group in participants.groups(event):
        heading = group["label"] or "Teilnehmende"
        taken = f"{group['taken']} von {group['capacity']} Plätzen belegt"
        story.append(_p(f"{heading} – {taken}", styles["Heading2"]))
        if group["holders"]:
            story.append(_checkin_table(group, styles))
        else:
            story.append(_p("Keine Anmeldungen.", styles["Normal"]))
        story.append(Spacer(1, 6 * mm))
    doc.build(story)
    return handle.getvalue()


def content_disposition(event, extension: str) -> str:
    return f'attachment; filename="anmeldungen-{event.slug or event.pk}.{extension}"'
