"""Image safety: an upload field that turns broken files into form errors, and rendition
operations that refuse sizes which would divide by zero or allocate huge images.

Wired through settings (WAGTAILIMAGES_IMAGE_FORM_BASE) and pages/wagtail_hooks.py, so the
region admins and the platform admin use them alike. Limits: docs/security.md.
"""

from __future__ import annotations

import struct

from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images import image_operations as ops
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

MAX_RENDITION_SIDE = 5000  # px; larger renditions are never needed on the portals
MAX_SCALE_PERCENT = 200
_BROKEN_FILE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error)


class SafeImageField(WagtailImageField):
    """Wagtail's image field; truncated or corrupt files become a form error, not a 500."""

    def to_python(self, data):
        try:
            f = super().to_python(data)
        except _BROKEN_FILE_ERRORS as exc:
            raise ValidationError(self.error_messages["invalid_image"], "invalid_image") from exc
        if f is not None and f.image.format_name != "svg":
            self._verify(f)
        return f

    def _verify(self, f) -> None:
        """Pillow's structural check (chunk checksums, truncation) without decoding pixels."""
        try:
            f.seek(0)
            with PILImage.open(f) as pil:
                pil.verify()
        except _BROKEN_FILE_ERRORS as exc:
            raise ValidationError(self.error_messages["invalid_image"], "invalid_image") from exc
        finally:
            f.seek(0)


class ImageForm(BaseImageForm):
    """Base form of the Wagtail image admin (single and multiple upload)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField) and not isinstance(field, SafeImageField):
            safe = SafeImageField(label=field.label, required=field.required)
            safe.widget = field.widget
            safe.help_text = field.help_text
            self.fields["file"] = safe


def _check_side(value: int) -> int:
    if not 1 <= value <= MAX_RENDITION_SIDE:
        raise ValueError(f"Size must be between 1 and {MAX_RENDITION_SIDE} px, not {value}")
    return value


class FillOperation(ops.FillOperation):
    def construct(self, size, *extra):
        super().construct(size, *extra)
        _check_side(self.width), _check_side(self.height)


class MinMaxOperation(ops.MinMaxOperation):
    def construct(self, size):
        super().construct(size)
        _check_side(self.width), _check_side(self.height)


class WidthHeightOperation(ops.WidthHeightOperation):
    def construct(self, size):
        super().construct(size)
        _check_side(self.size)


class ScaleOperation(ops.ScaleOperation):
    def construct(self, percent):
        super().construct(percent)
        if not 0 < self.percent <= MAX_SCALE_PERCENT:
            raise ValueError(f"Scale must be between 0 and {MAX_SCALE_PERCENT} %")


def safe_operations() -> list[tuple[str, type]]:
    return [
        ("fill", FillOperation),
        ("min", MinMaxOperation),
        ("max", MinMaxOperation),
        ("width", WidthHeightOperation),
        ("height", WidthHeightOperation),
        ("scale", ScaleOperation),
    ]


__all__ = ["ImageForm", "SafeImageField", "safe_operations"]
