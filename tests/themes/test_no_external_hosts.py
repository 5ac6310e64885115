"""No public page may load anything from another host."""

import re

import pytest
from django.test import Client

from .conftest import make_logo, set_brand

RESOURCE_ATTR = re.compile(
    r"<(script|link|img|iframe|source|video|audio|embed|object|track|image|use)\b[^>]*?"
    r"\s(src|href|srcset|data|poster|xlink:href)\s*=\s*[\"']([^\"']+)[\"']",
    re.I,
)
CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])(https?:)?//([^/'\")\s]+)", re.I)


def foreign_resources(html: str, own_host: str) -> list[str]:
    found = []
    for tag, attr, value in RESOURCE_ATTR.findall(html):
        for url in value.split(","):
            url = url.strip().split(" ")[0]
            match = re.match(r"^(?:https?:)?//([^/:]+)", url)
            if match and match.group(1) != own_host:
                found.append(f"<{tag} {attr}={url}>")
    for _scheme, host in CSS_URL.findall(html):
        if host.split(":")[0] != own_host:
            found.append(f"css url //{host}")
    return found


def test_scanner_catches_foreign_scripts_fonts_and_images():
    html = (
        '<script src="https://cdn.example.org/x.js"></script>'
        '<link rel="stylesheet" href="//fonts.example.com/css">'
        '<img src="https://jena.localhost/media/a.png">'
        "<style>@font-face{src:url(https://fonts.example.net/a.woff2)}</style>"
    )
    assert foreign_resources(html, "jena.localhost") == [
        "<script src=https://cdn.example.org/x.js>",
        "<link href=//fonts.example.com/css>",
        "css url //fonts.example.net",
    ]


@pytest.mark.parametrize(
    ("host", "path"),
    [
        ("jena.localhost", "/"),
        ("weimar.localhost", "/"),
        ("jena.localhost", "/nicht-da/"),
        ("localhost", "/"),
    ],
)
def test_public_pages_reference_no_external_host(
    jena_region, weimar_region, offers_in_both_regions, host, path
):
    # given both regions with an external imprint link (allowed: a link, not a resource) and
    # a logo, which the portal shows next to each region (regions with published offers)
    for region in (jena_region, weimar_region):
        set_brand(region, imprint_url="https://www.example.org/impressum")
        make_logo(region)

    html = Client(HTTP_HOST=host).get(path).content.decode()

    assert "<style nonce=" in html and "<link" in html and "<img" in html  # something to scan
    assert foreign_resources(html, host) == []
