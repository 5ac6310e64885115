"""Content-Security-Policy on every public page; inline code only with the request's nonce."""

import re

from django.db import connection

from tests import factories

INLINE = re.compile(r"<(script|style)\b([^>]*)>", re.I)


def _policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def _assert_strict(response):
    policy = _policy(response)
    nonce = re.search(r"'nonce-([^']+)'", " ".join(policy["script-src"])).group(1)
    for directive in ("default-src", "script-src", "style-src", "img-src", "font-src"):
        assert "'unsafe-inline'" not in policy[directive]
        assert not [v for v in policy[directive] if v.startswith(("http:", "https:"))]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    html = response.content.decode()
    for tag, attrs in INLINE.findall(html):
        if "src=" not in attrs and "rel=" not in attrs:
            assert f'nonce="{nonce}"' in attrs, f"inline <{tag}{attrs}> without nonce"
    return policy


def test_region_pages_send_a_strict_policy(jena, jena_client):
    offer = factories.offer("Praktikum Sicherheit (m/w/d)")
    paths = ["/", "/angebote/", "/suche/?q=Praktikum", offer.get_url(), "/gibt-es-nicht/"]
    connection.set_schema_to_public()
    for path in paths:
        response = jena_client.get(path)
        assert response.status_code in (200, 404), path
        _assert_strict(response)


def test_offer_detail_json_ld_and_theme_css_carry_the_nonce(jena, jena_client):
    training = factories.offer_type("ausbildung", "Ausbildung", job_posting=True)
    offer = factories.offer("Ausbildung Mechatronik (m/w/d)", type_obj=training)
    url = offer.get_url()
    connection.set_schema_to_public()
    response = jena_client.get(url)
    html = response.content.decode()
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    assert f'<script type="application/ld+json" nonce="{nonce}">' in html
    assert f'<style nonce="{nonce}">' in html


def test_portal_and_unknown_host_send_a_strict_policy(portal_client, client):
    _assert_strict(portal_client.get("/"))
    _assert_strict(portal_client.get("/suche/?q=Praktikum"))
    unknown = client.get("/", HTTP_HOST="nirgendwo.localhost")
    assert unknown.status_code == 404
    _assert_strict(unknown)


def test_frames_are_limited_to_the_configured_video_hosts(portal_client, settings):
    policy = _policy(portal_client.get("/"))
    assert policy["frame-src"] == [f"https://{host}" for host in settings.EMBED_HOSTS]


def test_admin_gets_its_own_policy_without_third_party_hosts(jena_client):
    response = jena_client.get("/cms/login/")
    assert response.status_code == 200
    policy = _policy(response)
    assert "'unsafe-inline'" in policy["script-src"]  # Wagtail's own inline scripts
    assert policy["default-src"] == ["'self'"]
    assert not [v for v in policy["script-src"] if v.startswith(("http:", "https:"))]


def test_public_templates_use_no_inline_style_or_event_attributes():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    public = [
        *root.glob("themes/templates/**/*.html"),
        *root.glob("platform/einblick/*/templates/**/*.html"),
        *root.glob("search/templates/**/*.html"),
        *root.glob("tenants/templates/**/*.html"),
    ]
    admin_only = {"brand_preview.html", "confirm_archive.html", "confirm_bulk_action.html"}
    # E-mail bodies are read in mail clients, which need inline styles and never see the CSP.
    offenders = [
        str(path.relative_to(root))
        for path in public
        if path.name not in admin_only
        and "mail" not in path.parent.parts
        and re.search(r"\sstyle=\"|\son[a-z]+=\"", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
