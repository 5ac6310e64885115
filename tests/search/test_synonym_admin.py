"""The synonym list is edited in the public admin only."""

from django.contrib.auth import get_user_model
from django.test import Client

from search.models import Synonym


def test_seeded_synonyms_exist(db):
    assert Synonym.objects.filter(terms="Praktika, Praktikum").exists()
    assert Synonym.objects.filter(terms="Lehre, Ausbildung").exists()


def test_public_admin_lists_and_edits_synonyms(db):
    user = get_user_model().objects.create_superuser("synadmin", "s@example.org", "pw-12345")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    listing = client.get("/cms/snippets/einblick_search/synonym/")
    assert listing.status_code == 200
    assert "Praktika, Praktikum" in listing.content.decode()
    response = client.post(
        "/cms/snippets/einblick_search/synonym/add/", {"terms": "Ferienjob, Sommerjob", "note": ""}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(terms="Ferienjob, Sommerjob").exists()


def test_region_admin_cannot_edit_the_shared_list(jena):
    user = get_user_model().objects.create_superuser("jenaadmin", "j@example.org", "pw-12345")
    client = Client(HTTP_HOST="jena.localhost")
    client.force_login(user)
    response = client.get("/cms/snippets/einblick_search/synonym/")
    assert response.status_code in (302, 403)
