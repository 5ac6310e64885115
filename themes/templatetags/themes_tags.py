from django import template

from ..active import get_active_theme

register = template.Library()


@register.simple_tag
def active_theme():
    """The request's ActiveTheme, read from the context variable (no database access)."""
    return get_active_theme()


@register.filter
def nav_state(url, path):
    """'page' for the current page, 'section' for its ancestors in the navigation, else ''."""
    if not url or not path:
        return ""
    if url == path:
        return "page"
    if url != "/" and path.startswith(url):
        return "section"
    return ""


@register.filter
def get_item(mapping, key):
    return mapping.get(key, key)


@register.simple_tag
def region_brand(region):
    """`{% region_brand region as rb %}`: another region's name, logo and colours (or None)."""
    from tenants.models import Region

    from ..branding import brand_for_region

    if not region:
        return None
    try:
        return brand_for_region(region)
    except Region.DoesNotExist:
        return None
