"""Region content is administered in region admins, shared taxonomies in the public admin."""

from tests import factories


def _superuser_client(client):
    """Log in through the form (users live in the active schema)."""
    factories.user("root", superuser=True)
    client.post("/cms/login/", {"username": "root", "password": factories.PASSWORD})
    return client


def test_region_admin_lists_employers_but_not_shared_taxonomies(jena, jena_client):
    client = _superuser_client(jena_client)
    assert client.get("/cms/snippets/employers/employer/").status_code == 200
    response = client.get("/cms/snippets/taxonomy/offertype/")
    assert response.status_code in (302, 403)


def test_public_admin_maintains_taxonomies_but_has_no_region_content(portal_client):
    client = _superuser_client(portal_client)
    assert client.get("/cms/snippets/taxonomy/offertype/").status_code == 200
    # Region content has no table in the public schema: its admin URLs do not exist there.
    assert client.get("/cms/snippets/employers/employer/").status_code == 404
