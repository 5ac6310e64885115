from .active import get_active_theme
from .branding import RequestBrand


def brand(request):
    """`theme` (ActiveTheme) and `brand` (portal name, logo, links, …) for every template."""
    return {"theme": get_active_theme(), "brand": RequestBrand(request)}
