"""Demo photos drawn locally with Pillow (no downloads): a small gallery for some employers
and one picture for some offers, each with an alternative text that says what it shows.

Drawn from a seed (the record's key), so every run and every machine draws the same picture;
records that already have photos keep them (a second run changes nothing).
"""

import hashlib
import io
import random

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

from einblick.employers.models import EmployerPhoto
from einblick.offers.models import Offer

from .logos import PALETTE

SIZE = (1200, 800)
SCENES = {
    "werkstatt": "zwei Personen an einer Werkbank mit Werkzeug",
    "buero": "zwei Personen an Schreibtischen mit Bildschirmen",
    "halle": "zwei Personen in einer Lagerhalle mit Regalen und Kisten",
}


def _every(key: str, n: int) -> bool:
    """A stable choice of about one record in `n`, by the record's key."""
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % n == 0


def draw_photo(seed: str, scene: str) -> bytes:
    """A JPEG illustration of `scene` (see SCENES) in calm colours, the same for each seed."""
    rnd = random.Random(seed)
    width, height = SIZE
    image = PILImage.new("RGB", SIZE, "#f3f1ea")
    draw = ImageDraw.Draw(image)
    colour = PALETTE[rnd.randrange(len(PALETTE))]
    draw.rectangle((0, 0, width, height * 0.62), fill="#dfe8ef")  # wall
    draw.rectangle((0, height * 0.62, width, height), fill="#c9c2b3")  # floor
    if scene == "halle":
        for x in range(60, width, 260):
            draw.rectangle((x, 120, x + 200, 500), outline="#5b5b5b", width=10)
            for y in (220, 330, 440):
                draw.line((x, y, x + 200, y), fill="#5b5b5b", width=8)
                draw.rectangle((x + 30, y - 70, x + 110, y), fill=colour)
    else:
        desk_y = 520
        draw.rectangle((120, desk_y, width - 120, desk_y + 30), fill="#7a5c3e")
        for x in (300, 760):
            if scene == "buero":
                draw.rectangle((x - 90, desk_y - 200, x + 90, desk_y - 60), fill="#2f4858")
            else:
                draw.rectangle((x - 70, desk_y - 60, x + 70, desk_y), fill="#8a8a8a")
    for x in (rnd.randrange(200, 420), rnd.randrange(700, 980)):  # two people
        draw.ellipse((x - 45, 250, x + 45, 340), fill="#e0b48a")
        draw.rounded_rectangle((x - 80, 345, x + 80, 640), radius=40, fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=78, optimize=True)
    return buffer.getvalue()


def _short(slug: str) -> str:
    """A file name part that fits Wagtail's 100-character file field whatever the slug."""
    return f"{slug[:40]}-{hashlib.sha1(slug.encode()).hexdigest()[:8]}"


def _image(title: str, filename: str, data: bytes, collection):
    name = default_storage.save(f"original_images/{filename}", ContentFile(data))
    return get_image_model()(
        title=title,
        file=name,
        width=SIZE[0],
        height=SIZE[1],
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),
        collection=collection,
    )


def create_employer_photos(employers) -> set:
    """Two photos for about one employer in three that has none; returns their pks."""
    chosen = [e for e in employers if _every(e.external_id or e.slug, 3)]
    with_photos = set(
        EmployerPhoto.objects.filter(employer__in=chosen).values_list("employer_id", flat=True)
    )
    collection = Collection.get_first_root_node()
    changed = set()
    for employer in chosen:
        if employer.pk in with_photos:
            continue
        scenes = ("werkstatt", "buero") if _every(employer.slug, 2) else ("werkstatt", "halle")
        for order, scene in enumerate(scenes):
            data = draw_photo(f"{employer.slug}:{scene}", scene)
            filename = f"foto-{_short(employer.slug)}-{scene}.jpg"
            image = _image(f"Einblick {employer.name}", filename, data, collection)
            image.save()
            EmployerPhoto.objects.create(
                employer=employer,
                image=image,
                sort_order=order,
                alt_text=f"Zeichnung: {SCENES[scene]} bei {employer.name}",
            )
        changed.add(employer.pk)
    return changed


def create_offer_photos(offers) -> set:
    """One picture for about one offer in four that has none; returns their pks."""
    chosen = [o for o in offers if o.image_id is None and _every(o.external_id or o.slug, 4)]
    collection = Collection.get_first_root_node()
    for offer in chosen:
        scene = "buero" if _every(offer.slug, 2) else "werkstatt"
        data = draw_photo(f"{offer.slug}:{scene}", scene)
        image = _image(offer.title[:255], f"angebot-{_short(offer.slug)}.jpg", data, collection)
        image.save()
        offer.image = image
        offer.image_alt = f"Zeichnung: {SCENES[scene]}"
    Offer.objects.bulk_update(chosen, ["image", "image_alt"])
    return {offer.pk for offer in chosen}
