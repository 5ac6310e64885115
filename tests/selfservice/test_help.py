"""A German help menu: our handbooks (docs/redaktion/) served in the CMS, not Wagtail's guides."""

from tests import factories
from tests.adminkit.helpers import login
from tests.selfservice.helpers import ENGLISH_WORDS, forbidden_words

COMPANY_HELP = "/cms/hilfe/unternehmensbereich/"


def test_company_menu_has_hilfe_with_the_company_handbook(jena, jena_client):
    # given a company login
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)

    # when it opens its dashboard and the help
    dashboard = jena_client.get("/cms/").content.decode()
    response = jena_client.get(COMPANY_HELP)

    # then the menu links our handbook, which is German and shows its pictures
    html = response.content.decode()
    assert COMPANY_HELP in dashboard
    assert "guide.wagtail.org" not in dashboard
    assert response.status_code == 200
    assert "Unternehmensbereich: Profil und Angebote selbst pflegen</h1>" in html
    assert 'src="img/selfservice-02-passwort-festlegen.png"' in html
    assert forbidden_words(html, ENGLISH_WORDS) == []


def test_handbook_pictures_are_served_and_nothing_else(jena, jena_client):
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)

    picture = jena_client.get(COMPANY_HELP + "img/selfservice-02-passwort-festlegen.png")
    missing = jena_client.get(COMPANY_HELP + "img/gibt-es-nicht.png")
    markdown = jena_client.get(COMPANY_HELP + "img/..%2Funternehmensbereich.md", follow=True)

    assert picture.status_code == 200 and picture["Content-Type"] == "image/png"
    assert missing.status_code == 404
    assert markdown.status_code == 404


def test_companies_read_only_their_handbook(jena, jena_client):
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)

    editors_book = jena_client.get("/cms/hilfe/kennzahlen/")
    unknown = jena_client.get("/cms/hilfe/gibt-es-nicht/")

    assert (editors_book.status_code, editors_book.url) == (302, "/cms/")  # Wagtail's refusal
    assert unknown.status_code == 404


def test_editors_help_menu_lists_the_handbooks_instead_of_wagtails_guides(jena, jena_client):
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    dashboard = jena_client.get("/cms/").content.decode()
    book = jena_client.get("/cms/hilfe/arbeitgeber-und-angebote/")

    assert "/cms/hilfe/arbeitgeber-und-angebote/" in dashboard
    assert "/cms/hilfe/unternehmensbereich/" in dashboard
    assert "guide.wagtail.org" not in dashboard
    assert book.status_code == 200


def test_anonymous_visitors_are_sent_to_the_login(jena_client):
    response = jena_client.get(COMPANY_HELP)

    assert response.status_code == 302
    assert "/cms/login/" in response.url
