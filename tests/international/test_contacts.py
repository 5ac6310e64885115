"""The contacts directory: filters, region separation, platform-wide entries a region
includes, and their admin (shared entries only on the platform admin)."""

from django.db import connection
from django_tenants.utils import tenant_context

from einblick.international.models import Contact
from einblick.international.shared.models import SharedContact
from tests.adminkit.helpers import login

from . import helpers


def _contact(name, **kwargs):
    kwargs.setdefault("kind", "migrationsberatung")
    return Contact.objects.create(name=name, city="Jena", **kwargs)


def _shared(name, **kwargs):
    connection.set_schema_to_public()
    try:
        kwargs.setdefault("kind", "landesservice")
        return SharedContact.objects.create(name=name, **kwargs)
    finally:
        pass


def _names(response) -> list[str]:
    assert response.status_code == 200
    return [c.name for c in response.context["contacts"]]


def test_directory_filters_by_topic_kind_and_language(jena, jena_client):
    _contact("Ausländerbehörde Jena", kind="auslaenderbehoerde", topics=["aufenthalt"],
             languages=["de", "en"])  # fmt: skip
    _contact("Sprachschule Saale", kind="sprachschule", topics=["sprache"], languages=["de", "uk"])
    page = helpers.directory(helpers.guide())
    url = page.url
    assert _names(jena_client.get(url)) == ["Ausländerbehörde Jena", "Sprachschule Saale"]
    assert _names(jena_client.get(url, {"thema": "sprache"})) == ["Sprachschule Saale"]
    assert _names(jena_client.get(url, {"art": "auslaenderbehoerde"})) == ["Ausländerbehörde Jena"]
    assert _names(jena_client.get(url, {"sprache": "uk"})) == ["Sprachschule Saale"]
    body = jena_client.get(url, {"sprache": "en"}).content.decode()
    assert "<dt>Sprachen</dt><dd>Deutsch, Englisch</dd>" in body


def test_bad_filter_value_is_a_field_error_not_a_500(jena, jena_client):
    page = helpers.directory(helpers.guide())
    response = jena_client.get(page.url, {"thema": "<script>"})
    assert response.status_code == 200
    assert response.context["contacts"] == []
    assert list(response.context["filter_form"].errors) == ["thema"]


def test_region_contacts_stay_in_their_region_shared_ones_where_included(
    jena_region, weimar_region, jena_client, weimar_client
):
    # given a platform-wide contact, a Jena contact and a Weimar contact
    shared = _shared("Landesservice Fachkräfte", topics=["rekrutierung"])
    with tenant_context(jena_region):
        _contact("Migrationsberatung Jena")
        jena_page = helpers.directory(helpers.guide(), shared=[shared])
    with tenant_context(weimar_region):
        Contact.objects.create(name="Migrationsberatung Weimar", kind="migrationsberatung")
        weimar_page = helpers.directory(helpers.guide())
    # then Jena shows its own and the included shared contact, Weimar only its own
    assert _names(jena_client.get(jena_page.url)) == [
        "Landesservice Fachkräfte",
        "Migrationsberatung Jena",
    ]
    assert _names(weimar_client.get(weimar_page.url)) == ["Migrationsberatung Weimar"]
    with tenant_context(weimar_region):
        assert list(Contact.objects.values_list("name", flat=True)) == ["Migrationsberatung Weimar"]


def test_shared_contacts_are_edited_on_the_platform_admin_only(jena, jena_client, portal_client):
    login(jena_client, jena)
    assert jena_client.get("/cms/snippets/international_shared/sharedcontact/").status_code in (
        302,
        403,
    )
    assert jena_client.get("/cms/snippets/international/contact/").status_code == 200
    login(portal_client, None, "plattform")
    assert portal_client.get("/cms/snippets/international_shared/sharedcontact/").status_code == 200
    assert portal_client.get("/cms/snippets/international/contact/").status_code == 404
