"""The cross-region portal's own Impressum, Datenschutz and Barrierefreiheit (issue 19):
real default text, editable by the platform in its admin, linked from the portal footer."""

import re

import pytest

from einblick.core.retention import purgers
from einblick.portal.models import PortalLegalTexts
from tests.adminkit.helpers import form_data, login
from themes.models import BrandSettings

LEGAL = [
    ("/impressum/", "Impressum"),
    ("/datenschutz/", "Datenschutz"),
    ("/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
]


def test_portal_footer_links_its_three_legal_pages(portal_client):
    # when
    html = portal_client.get("/").content.decode()
    # then the footer links Impressum, Datenschutz and Barrierefreiheit, no placeholder
    legal = html.split('aria-label="Rechtliches"')[1].split("</nav>")[0]
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', legal) == [
        ("/impressum/", "Impressum"),
        ("/datenschutz/", "Datenschutz"),
        ("/barrierefreiheit/", "Barrierefreiheit"),
    ]
    assert "ergänzt" not in html


@pytest.mark.parametrize(("path", "heading"), LEGAL)
def test_legal_pages_show_default_text_under_the_operator(path, heading, portal_client):
    # given the portal's operator in its brand settings
    BrandSettings.objects.update_or_create(
        pk=BrandSettings.load().pk,
        defaults={"agency_name": "Plattformteam Thüringen", "agency_email": "team@example.org"},
    )
    # when
    response = portal_client.get(path)
    html = response.content.decode()
    # then the page has its heading, the operator, real text and no placeholder
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in html
    assert "<strong>Plattformteam Thüringen</strong>" in html
    assert 'href="mailto:team@example.org"' in html
    assert "[Bitte ergänzen]" not in html
    assert len(re.sub(r"<[^>]+>", "", html.split("<main")[1])) > 800


def test_privacy_page_lists_every_retention_period_of_the_registry(portal_client):
    html = portal_client.get("/datenschutz/").content.decode()

    rows = re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td></tr>", html)
    registered = purgers("portal") + purgers()
    assert rows == [(p.label, p.retention) for p in registered]
    assert len(rows) >= 3
    assert "keine Cookies" in html


def test_imprint_has_no_retention_table(portal_client):
    assert "<table>" not in portal_client.get("/impressum/").content.decode()


def test_platform_edits_the_imprint_in_its_admin(portal_client):
    # given the platform admin on the public host
    login(portal_client, None, "plattform")
    url = "/cms/settings/portal/portallegaltexts/"
    form = portal_client.get(url, follow=True).context["form"]
    state = (
        '{"blocks":[{"key":"a","type":"unstyled","text":"Vertreten durch Erika Muster.",'
        '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'
    )
    edit_url = f"{url}{PortalLegalTexts.load().pk}/"
    # when
    response = portal_client.post(edit_url, form_data(form, imprint=state))
    # then the saved text is the public imprint
    assert response.status_code == 302
    portal_client.logout()
    assert "Vertreten durch Erika Muster." in portal_client.get("/impressum/").content.decode()


def test_region_admin_has_no_portal_legal_texts(jena, jena_client):
    login(jena_client, jena, "redaktion")

    response = jena_client.get("/cms/settings/portal/portallegaltexts/1/")

    assert response.status_code == 404


def test_region_hosts_do_not_serve_the_portal_legal_routes(jena, jena_client):
    assert jena_client.get("/datenschutz/").status_code == 404
