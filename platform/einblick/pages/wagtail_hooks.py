"""Wagtail hooks of the pages app: safe image rendition operations (see pages/images.py)."""

from wagtail import hooks

from .images import safe_operations


# order: after Wagtail's own registration, so these replace its fill/min/max/... classes
@hooks.register("register_image_operations", order=100)
def register_safe_image_operations():
    return safe_operations()
