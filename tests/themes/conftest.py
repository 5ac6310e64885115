import pytest
from django_tenants.utils import tenant_context

from themes.models import BrandSettings


def set_brand(region, **fields) -> BrandSettings:
    """Write brand settings into `region`'s schema (rolled back after the test)."""
    with tenant_context(region):
        settings = BrandSettings.load()
        for name, value in fields.items():
            setattr(settings, name, value)
        settings.full_clean()
        settings.save()
        return settings


@pytest.fixture
def brand_jena_jung_weimar_stadt(jena_region, weimar_region):
    set_brand(jena_region, theme="jung")
    set_brand(weimar_region, theme="stadt")


def make_logo(region, slug: str = "weimar"):
    """A small PNG logo as a Wagtail image in `region`'s schema, set in its brand settings."""
    import io

    from django.core.files.images import ImageFile
    from wagtail.images.models import Image

    from einblick.demo.content.branding import _draw_logo
    from themes.registry import get_theme

    with tenant_context(region):
        image = Image(title=f"Logo {region.name}")
        png = _draw_logo(slug, get_theme("stadt").tokens["colors"])
        image.file = ImageFile(io.BytesIO(png), name=f"logo-{region.slug}.png")
        image.save()
    set_brand(region, logo=image)
    return image
