"""Employer logos drawn locally with Pillow (no downloads), stored as Wagtail images."""

import hashlib
import io

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from einblick.employers.models import Employer

# Calm, high-contrast background colours (white text passes WCAG AA on each).
PALETTE = ["#1d4e89", "#00635d", "#7a2e8e", "#a23b00", "#2f4858", "#5c3d99", "#006d77", "#8c1c13"]
SIZE = (240, 120)


def _font(size: int):
    for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def draw_logo(initials: str, colour_index: int) -> bytes:
    """A PNG with the employer's initials on a coloured rounded badge."""
    image = PILImage.new("RGB", SIZE, "white")
    draw = ImageDraw.Draw(image)
    colour = PALETTE[colour_index % len(PALETTE)]
    draw.rounded_rectangle((4, 4, SIZE[0] - 4, SIZE[1] - 4), radius=22, fill=colour)
    font = _font(54)
    box = draw.textbbox((0, 0), initials, font=font)
    x = (SIZE[0] - (box[2] - box[0])) / 2 - box[0]
    y = (SIZE[1] - (box[3] - box[1])) / 2 - box[1]
    draw.text((x, y), initials, font=font, fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def create_logos(items) -> set:
    """items: [(employer, (initials, colour_index))]; only employers without a logo get one.

    Returns the pks of employers that received a logo.
    """
    missing = [(emp, logo) for emp, logo in items if emp.logo_id is None]
    if not missing:
        return set()
    image_model = get_image_model()
    collection = Collection.get_first_root_node()
    images = []
    for employer, (initials, colour) in missing:
        data = draw_logo(initials, colour)
        name = default_storage.save(f"original_images/logo-{employer.slug}.png", ContentFile(data))
        images.append(
            image_model(
                title=f"Logo {employer.name}",
                file=name,
                width=SIZE[0],
                height=SIZE[1],
                file_size=len(data),
                file_hash=hashlib.sha1(data).hexdigest(),
                collection=collection,
            )
        )
    image_model.objects.bulk_create(images)
    for (employer, _logo), image in zip(missing, images, strict=True):
        employer.logo_id = image.pk
    Employer.objects.bulk_update([emp for emp, _ in missing], ["logo"])
    return {emp.pk for emp, _ in missing}
