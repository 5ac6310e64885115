"""Image fields of content models: an optional image and its alternative text."""

from django.db import models


def image_field(verbose_name: str = "Bild") -> models.ForeignKey:
    """An optional Wagtail image; deleting the image empties the field."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def alt_text_field() -> models.CharField:
    return models.CharField(
        "Alternativtext des Bildes",
        max_length=250,
        blank=True,
        help_text="Leer lassen, wenn das Bild rein dekorativ ist.",
    )
