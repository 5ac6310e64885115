"""In the public admin, "Löschen" of a shared taxonomy entry archives it."""

from einblick.taxonomy.models import Benefit
from tests.adminkit.helpers import login

BENEFITS = "/cms/snippets/taxonomy/benefit/"


def test_delete_view_archives_and_says_so(portal_client):
    login(portal_client, None)
    benefit = Benefit.objects.create(slug="test-obstkorb", name="Obstkorb")

    confirm = portal_client.get(f"{BENEFITS}delete/{benefit.pk}/")
    response = portal_client.post(f"{BENEFITS}delete/{benefit.pk}/", follow=True)

    benefit.refresh_from_db()
    assert "nicht gelöscht, sondern archiviert" in confirm.content.decode()
    assert benefit.is_archived is True
    assert "„Obstkorb“ wurde archiviert (nicht gelöscht)." in response.content.decode()


def test_bulk_delete_archives_too(portal_client):
    login(portal_client, None)
    first = Benefit.objects.create(slug="test-eins", name="Eins")
    second = Benefit.objects.create(slug="test-zwei", name="Zwei")

    response = portal_client.post(
        f"/cms/bulk/taxonomy/benefit/delete/?id={first.pk}&id={second.pk}", follow=True
    )

    assert response.status_code == 200
    assert set(
        Benefit.objects.filter(slug__in=["test-eins", "test-zwei"]).values_list(
            "is_archived", flat=True
        )
    ) == {True}
    assert "2 Vorteile archiviert (nicht gelöscht)" in response.content.decode()
