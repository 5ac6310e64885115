"""Revisions and the audit log: every publication is visible in the object's history."""

from tests import factories
from tests.adminkit.helpers import login

OFFERS = "/cms/snippets/offers/offer/"


def test_bulk_publication_appears_in_the_history_with_the_editor(jena, jena_client):
    user = login(jena_client, jena, "redakteur-bulk")
    offer = factories.offer("Praktikum Zimmerei", live=False)
    jena_client.post(f"/cms/bulk/offers/offer/publish/?id={offer.pk}")

    response = jena_client.get(f"{OFFERS}history/{offer.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Veröffentlicht" in html
    assert user.username in html or user.get_full_name() in html


def test_demo_offers_have_a_readable_history(taxonomies, jena_region, jena_client):

    from einblick.demo.management.commands.load_demo_content import load_region
    from einblick.offers.models import Offer

    load_region(jena_region, scale=0.1, index=False, pages=False)
    login(jena_client, jena_region)
    offer = Offer.objects.filter(live=True).first()

    response = jena_client.get(f"{OFFERS}history/{offer.pk}/")
    revision = jena_client.get(
        f"{OFFERS}history/{offer.pk}/revisions/{offer.live_revision_id}/revert/"
    )

    assert response.status_code == 200
    assert "Veröffentlicht" in response.content.decode()
    assert revision.status_code == 200
