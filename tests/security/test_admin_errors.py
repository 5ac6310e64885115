"""Admin inputs and hosts that used to answer 500: region URLs on the public host, rich
text that is not JSON, NUL bytes in chooser and admin API searches."""

import pytest

from tests import factories
from tests.adminkit.helpers import form_data, login

REGION_ONLY_URLS = [
    "/cms/snippets/employers/employer/edit/1/",
    "/cms/snippets/offers/offer/history/1/",
    "/cms/snippets/choose/offers/offer/",
    "/cms/snippets/choose/employers/employer/results/?q=a",
    "/cms/snippets/choose/employers/employermembership/chosen/1/",
    "/cms/snippets/choose/events/event/",
    "/cms/bulk/offers/offer/unpublish/?id=1",
    "/cms/bulk/employers/employer/delete/?id=1",
    "/cms/settings/taxonomy_regional/taxonomyvisibility/1/",
    "/cms/settings/taxonomy_regional/taxonomyvisibility/1/preview/",
    "/cms/pages/usage/pages/homepage/",
    "/cms/berichte/leitfaeden-pruefen/",
    "/cms/snippets/international/contact/",
]


@pytest.mark.parametrize("url", REGION_ONLY_URLS)
def test_region_only_admin_urls_are_404_on_the_public_host(portal_client, url):
    login(portal_client, None, "plattform")

    response = portal_client.get(url)

    assert response.status_code == 404


def test_public_admin_keeps_its_shared_taxonomies(portal_client):
    login(portal_client, None, "plattform")
    offer_type = factories.offer_type()

    listing = portal_client.get("/cms/snippets/taxonomy/offertype/")
    chooser = portal_client.get("/cms/snippets/choose/taxonomy/offertype/")
    chosen = portal_client.get(f"/cms/snippets/choose/taxonomy/offertype/chosen/{offer_type.pk}/")

    assert [listing.status_code, chooser.status_code, chosen.status_code] == [200, 200, 200]


def test_region_admin_still_serves_region_settings(jena, jena_client):
    login(jena_client, jena, "redaktion")

    response = jena_client.get("/cms/settings/taxonomy_regional/taxonomyvisibility/")

    assert response.status_code in (200, 302)


def test_rich_text_that_is_not_json_is_a_form_error(jena, jena_client):
    employer = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "redaktion")
    url = f"/cms/snippets/employers/employer/edit/{employer.pk}/"
    data = form_data(jena_client.get(url).context["form"], philosophy="<p>kein JSON</p>")

    response = jena_client.post(url, data)

    assert response.status_code == 200
    assert "Der Text konnte nicht gelesen werden" in str(response.context["form"].errors)
    employer.refresh_from_db()
    assert employer.latest_revision is None


def test_valid_rich_text_still_saves(jena, jena_client):
    employer = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "redaktion")
    url = f"/cms/snippets/employers/employer/edit/{employer.pk}/"
    form = jena_client.get(url).context["form"]
    state = (
        '{"blocks":[{"key":"a","type":"unstyled","text":"Wir bauen Möbel.","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'
    )

    response = jena_client.post(url, form_data(form, philosophy=state))

    assert response.status_code == 302
    employer.refresh_from_db()
    assert (
        employer.latest_revision.content["philosophy"]
        == '<p data-block-key="a">Wir bauen Möbel.</p>'
    )


@pytest.mark.parametrize(
    "url",
    [
        "/cms/snippets/choose/offers/offer/results/?q=a%00b",
        "/cms/snippets/choose/employers/employer/?q=a%00b",
        "/cms/images/chooser/results/?q=a%00b",
        "/cms/documents/chooser/results/?q=a%00b",
        "/cms/choose-page/search/?q=a%00b",
        "/cms/api/main/pages/?search=a%00b",
        "/cms/api/main/images/?search=a%00b",
        "/cms/api/main/documents/?search=a%00b",
        "/cms/snippets/offers/offer/results/?q=a%00b",
    ],
)
def test_nul_bytes_in_admin_searches_are_no_server_error(jena, jena_client, url):
    factories.offer("Praktikum")
    login(jena_client, jena, "redaktion")

    response = jena_client.get(url)

    assert response.status_code in (200, 400)
    assert b"a\x00b" not in response.content
