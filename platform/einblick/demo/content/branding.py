"""Demo branding: Jena gets the bold theme "jung", Weimar the calm theme "stadt".

Called by `manage.py setup_demo` with the region's schema active. Idempotent: settings an
editor already changed are kept.
"""

import io
import math

from django.core.files.images import ImageFile
from django.db import connection, transaction

from themes.models import BrandSettings

DEMO_BRANDS = {
    "jena": {
        "theme": "jung",
        "claim": "Rein ins Berufsleben – Praktika, Ausbildung und Ferienjobs in Jena",
        "agency_name": "Jenaer Arbeitgeberservice (Demo)",
        "agency_address": "Am Anger 1\n07743 Jena",
        "agency_phone": "03641 000000",
        "agency_email": "einblick@jena.localhost",
        "footer_text": "Ein Projekt von Stadt, Schulen und Unternehmen in Jena.",
    },
    "weimar": {
        "theme": "stadt",
        "claim": "Arbeitgeber in Weimar kennenlernen",
        "agency_name": "Bildungsbüro Weimar (Demo)",
        "agency_address": "Schwanseestraße 17\n99423 Weimar",
        "agency_phone": "03643 000000",
        "agency_email": "einblick@weimar.localhost",
        "footer_text": "Gemeinsam mit der Stadt Weimar und regionalen Betrieben.",
    },
    "public": {
        "theme": "thueringen",
        "portal_name": "Einblick Thüringen",
        "claim": "Praktika, Ausbildung und Arbeitgeber aus allen Regionen Thüringens",
        "agency_name": "Einblick-Plattformteam (Demo)",
        "agency_address": "Anger 1\n99084 Erfurt",
        "agency_phone": "0361 000000",
        "agency_email": "kontakt@einblick.localhost",
    },
}


def _draw_logo(slug: str, colours: dict) -> bytes:
    """A small emblem drawn with Pillow: the JenTower for Jena, a ginkgo leaf for Weimar."""
    from PIL import Image, ImageDraw

    size = 480
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    primary, accent = colours["primary"], colours["accent"]
    if slug == "jena":
        d.ellipse((20, 20, size - 20, size - 20), fill=accent)
        d.rounded_rectangle((190, 70, 290, 420), radius=50, fill=primary)
        for y in range(120, 400, 40):
            d.line((205, y, 275, y), fill=accent, width=8)
        d.ellipse((300, 90, 370, 160), fill=primary)
    elif slug == "weimar":
        cx, cy, r = size / 2, size * 0.62, size * 0.5
        points = [(cx, cy)]
        for i in range(0, 61):
            a = math.radians(200 + i * 140 / 60)
            wobble = 1 - 0.18 * math.exp(-(((i - 30) / 4) ** 2))  # the ginkgo's notch
            points.append((cx + r * wobble * math.cos(a), cy + r * wobble * math.sin(a)))
        d.polygon(points, fill=primary)
        d.line((cx, cy, cx, size - 20), fill=primary, width=18)
        for i in range(1, 12):
            a = math.radians(200 + i * 140 / 12)
            d.line(
                (cx, cy, cx + r * 0.8 * math.cos(a), cy + r * 0.8 * math.sin(a)),
                fill=accent,
                width=4,
            )
    else:
        d.rounded_rectangle((40, 40, size - 40, size - 40), radius=90, fill=primary)
        d.polygon([(140, 330), (240, 130), (340, 330)], fill=accent)
    out = io.BytesIO()
    img.resize((160, 160), Image.Resampling.LANCZOS).save(out, format="PNG")
    return out.getvalue()


@transaction.atomic
def apply_demo_branding(slug: str | None = None) -> BrandSettings:
    """Brand the current schema's portal for the demo (slug defaults to the schema name)."""
    from wagtail.images.models import Image

    slug = slug or connection.schema_name
    spec = DEMO_BRANDS.get(slug)
    settings = BrandSettings.load()
    if spec is None:
        return settings
    changed = []
    for field, value in spec.items():
        if not getattr(settings, field):
            setattr(settings, field, value)
            changed.append(field)
    if settings.logo_id is None:
        colours = settings.active_theme().tokens["colors"]
        name = f"logo-{slug}.png"
        image = Image(title=f"Logo {slug.capitalize()}")
        image.file = ImageFile(io.BytesIO(_draw_logo(slug, colours)), name=name)
        image.save()
        settings.logo = image
        changed.append("logo")
    if changed:
        settings.full_clean()
        settings.save()
    return settings
