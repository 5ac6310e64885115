"""Printable A4 posters ("Aushänge") with a QR code, in the region's brand (reportlab + segno).

One poster for the region's portal, each public offer and event, and each embed (its QR
code leads through the embed's counted link, so scans count as click-throughs of the
host "plakat"). The QR code is drawn as vector squares, so it prints sharp at any size;
`qr_svg` gives the same code as an SVG file for a school's own print material.
"""

import io
from dataclasses import dataclass

import segno
from django.db import connection
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

from themes.branding import brand_for_region
from themes.models import BrandSettings

PAGE_W, PAGE_H = A4
MARGIN = 2 * cm
QR_SIZE = 9 * cm
POSTER_SOURCE = "plakat"  # the `von` host of scans of an embed poster


@dataclass(frozen=True)
class Poster:
    title: str
    lines: list[str]
    url: str
    call: str = "Scannen und mehr erfahren"


def _brand():
    return brand_for_region(connection.tenant)


def qr_code(url: str):
    return segno.make(url, error="m", micro=False)


def qr_svg(url: str) -> bytes:
    out = io.BytesIO()
    qr_code(url).save(out, kind="svg", scale=10, border=4, xmldecl=True, svgclass=None)
    return out.getvalue()


def _draw_qr(pdf: canvas.Canvas, url: str, x: float, y: float, size: float) -> None:
    matrix = [list(row) for row in qr_code(url).matrix]
    border = 4
    cells = len(matrix) + 2 * border
    cell = size / cells
    pdf.setFillColor(colors.white)
    pdf.rect(x, y, size, size, stroke=0, fill=1)
    pdf.setFillColor(colors.black)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                top = y + size - (r + border + 1) * cell
                pdf.rect(x + (c + border) * cell, top, cell, cell, stroke=0, fill=1)


def _logo(pdf: canvas.Canvas, top: float) -> None:
    """The region's logo at the top right, if it is a raster image reportlab can read."""
    settings = BrandSettings.objects.select_related("logo").first()
    if settings is None or settings.logo is None:
        return
    try:
        image = ImageReader(settings.logo.get_rendition("max-400x160").file.open("rb"))
        width, height = image.getSize()
        scale = min(5 * cm / width, 1.8 * cm / height)
        pdf.drawImage(image, PAGE_W - MARGIN - width * scale, top - height * scale - 0.35 * cm,
                      width * scale, height * scale, mask="auto")  # fmt: skip
    except Exception:  # noqa: BLE001 - SVG or a broken file: the poster goes without logo
        return


def _wrapped(pdf, text, font, size, y, width=PAGE_W - 2 * MARGIN, leading=1.2) -> float:
    pdf.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        pdf.drawString(MARGIN, y, line)
        y -= size * leading
    return y


def render(poster: Poster) -> bytes:
    brand = _brand()
    primary = colors.HexColor(brand.colours.get("primary", "#1d4f91"))
    on_primary = colors.HexColor(brand.colours.get("on-primary", "#ffffff"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    pdf.setTitle(f"{poster.title} – {brand.portal_name}")
    pdf.setAuthor(brand.portal_name)
    band = 3.2 * cm
    pdf.setFillColor(primary)
    pdf.rect(0, PAGE_H - band, PAGE_W, band, stroke=0, fill=1)
    pdf.setFillColor(on_primary)
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(MARGIN, PAGE_H - 1.9 * cm, brand.portal_name)
    if brand.claim:
        pdf.setFont("Helvetica", 11)
        pdf.drawString(MARGIN, PAGE_H - 2.6 * cm, brand.claim[:90])
    _logo(pdf, PAGE_H - band)
    pdf.setFillColor(colors.black)
    y = _wrapped(pdf, poster.title, "Helvetica-Bold", 30, PAGE_H - band - 2 * cm)
    for line in poster.lines:
        y = _wrapped(pdf, line, "Helvetica", 15, y - 0.2 * cm)
    qr_y = max(5 * cm, y - QR_SIZE - 1 * cm)
    _draw_qr(pdf, poster.url, (PAGE_W - QR_SIZE) / 2, qr_y, QR_SIZE)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawCentredString(PAGE_W / 2, qr_y - 0.8 * cm, poster.call)
    pdf.setFont("Helvetica", 10)
    pdf.drawCentredString(PAGE_W / 2, qr_y - 1.5 * cm, poster.url[:110])
    pdf.setFillColor(primary)
    pdf.rect(0, 0, PAGE_W, 0.6 * cm, stroke=0, fill=1)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
