"""Region logos are served on every host, so the portal needs no cross-host request."""

from themes.branding import brand_for_region

from .conftest import make_logo


def test_portal_serves_a_regions_logo_from_its_own_schema(portal_client, weimar_region):
    make_logo(weimar_region)
    brand = brand_for_region(weimar_region)
    assert brand.logo_url.startswith("/marken/weimar/logo/?v=")

    response = portal_client.get(brand.logo_url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")
    assert "max-age=86400" in response["Cache-Control"]


def test_logo_of_a_region_without_logo_or_unknown_region_is_404(portal_client, jena_region):
    assert brand_for_region(jena_region).logo_url == ""
    assert portal_client.get("/marken/jena/logo/").status_code == 404
    assert portal_client.get("/marken/gibt-es-nicht/logo/").status_code == 404
    assert portal_client.get("/marken/public/logo/").status_code == 404


def test_region_host_serves_another_regions_logo_too(jena_client, weimar_region):
    make_logo(weimar_region)

    response = jena_client.get(brand_for_region(weimar_region).logo_url)

    assert response.status_code == 200
    assert response.content.startswith(b"\x89PNG")
