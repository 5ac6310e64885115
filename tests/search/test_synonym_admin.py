"""The synonym list is edited in the public admin only."""

from search.models import Synonym
from tests import factories


def test_seeded_synonyms_exist(db):
    assert Synonym.objects.filter(terms="Praktika, Praktikum").exists()
    assert Synonym.objects.filter(terms="Lehre, Ausbildung").exists()


def test_public_admin_lists_and_edits_synonyms(portal_client):
    client = portal_client
    client.force_login(factories.user("synadmin", superuser=True))
    listing = client.get("/cms/snippets/einblick_search/synonym/")
    assert listing.status_code == 200
    assert "Praktika, Praktikum" in listing.content.decode()
    response = client.post(
        "/cms/snippets/einblick_search/synonym/add/", {"terms": "Ferienjob, Sommerjob", "note": ""}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(terms="Ferienjob, Sommerjob").exists()


def test_region_admin_cannot_edit_the_shared_list(jena, jena_client):
    client = jena_client
    client.force_login(factories.user("jenaadmin", superuser=True))
    response = client.get("/cms/snippets/einblick_search/synonym/")
    assert response.status_code in (302, 403)
