import pytest
from django.db import connection

from themes.models import BrandSettings


def set_brand(region, **fields) -> BrandSettings:
    """Write brand settings into `region`'s schema (rolled back after the test)."""
    connection.set_tenant(region)
    try:
        settings = BrandSettings.load()
        for name, value in fields.items():
            setattr(settings, name, value)
        settings.full_clean()
        settings.save()
        return settings
    finally:
        connection.set_schema_to_public()


@pytest.fixture
def brand_jena_jung_weimar_stadt(jena_region, weimar_region):
    set_brand(jena_region, theme="jung")
    set_brand(weimar_region, theme="stadt")
