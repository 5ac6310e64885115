"""Region content is administered in region admins, shared taxonomies in the public admin."""

from django.contrib.auth import get_user_model
from django.db import connection
from django_tenants.utils import tenant_context


def _superuser_client(client, region=None):
    with tenant_context(region or connection.tenant):
        get_user_model().objects.create_superuser("root", "root@example.org", "pw-12345678")
    client.post("/cms/login/", {"username": "root", "password": "pw-12345678"})
    return client


def test_region_admin_lists_employers_but_not_shared_taxonomies(jena_region, jena_client):
    client = _superuser_client(jena_client, jena_region)
    assert client.get("/cms/snippets/employers/employer/").status_code == 200
    response = client.get("/cms/snippets/taxonomy/offertype/")
    assert response.status_code in (302, 403)


def test_public_admin_maintains_taxonomies_but_has_no_region_content(portal_client):
    client = _superuser_client(portal_client)
    assert client.get("/cms/snippets/taxonomy/offertype/").status_code == 200
    assert client.get("/cms/snippets/employers/employer/").status_code in (302, 403)
