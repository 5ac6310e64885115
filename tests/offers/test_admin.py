"""Region editors find, filter and bulk-manage offers in the admin."""

import datetime

from django.utils import timezone

from einblick.offers.models import Offer
from tests import factories
from tests.adminkit.helpers import login

LIST = "/cms/snippets/offers/offer/"


def _titles(response):
    return {offer.title for offer in response.context["object_list"]}


def test_offer_list_shows_status_and_filters_by_type(jena_region, jena_client):
    login(jena_client, jena_region)
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    praktikum = factories.offer_type("schuelerpraktikum", "Schülerpraktikum")
    factories.offer("Ferienjob im Lager (m/w/d)", type_obj=ferienjob)
    factories.offer("Praktikum Mechatronik", type_obj=praktikum)

    response = jena_client.get(LIST, {"offer_type": ferienjob.pk})

    assert response.status_code == 200
    assert _titles(response) == {"Ferienjob im Lager (m/w/d)"}
    assert "Veröffentlicht" in response.content.decode()


def test_status_filter_separates_draft_published_and_expired(jena_region, jena_client):
    login(jena_client, jena_region)
    factories.offer("Praktikum Entwurf", live=False)
    factories.offer("Praktikum Aktuell")
    factories.offer("Praktikum Vorbei", end_date=timezone.localdate() - datetime.timedelta(days=1))

    draft = _titles(jena_client.get(LIST, {"status": "draft"}))
    published = _titles(jena_client.get(LIST, {"status": "published"}))
    expired = _titles(jena_client.get(LIST, {"status": "expired"}))

    assert draft == {"Praktikum Entwurf"}
    assert published == {"Praktikum Aktuell"}
    assert expired == {"Praktikum Vorbei"}


def test_filters_by_employer_berufsfeld_and_search(jena_region, jena_client):
    login(jena_client, jena_region)
    metall = factories.occupational_field()
    bakery = factories.employer("Bäckerei Sonnenschein")
    match = factories.offer("Praktikum Bäcker:in", employer_obj=bakery)
    match.occupational_fields.set([metall])
    match.save()
    factories.offer("Praktikum Büro")

    by_employer = _titles(jena_client.get(LIST, {"employer": bakery.pk}))
    by_field = _titles(jena_client.get(LIST, {"occupational_fields": metall.pk}))
    by_search = _titles(jena_client.get(LIST, {"q": "Sonnenschein"}))

    assert by_employer == by_field == by_search == {"Praktikum Bäcker:in"}


def test_bulk_publish_and_unpublish_write_revisions(jena_region, jena_client):
    user = login(jena_client, jena_region)
    first = factories.offer("Praktikum Eins", live=False)
    second = factories.offer("Praktikum Zwei", live=False)
    url = f"/cms/bulk/offers/offer/publish/?id={first.pk}&id={second.pk}"

    response = jena_client.post(url)

    assert response.status_code == 302
    assert set(Offer.objects.filter(live=True).values_list("title", flat=True)) == {
        "Praktikum Eins",
        "Praktikum Zwei",
    }
    first.refresh_from_db()
    assert first.live_revision is not None
    assert first.live_revision.user == user

    jena_client.post(f"/cms/bulk/offers/offer/unpublish/?id={first.pk}")

    first.refresh_from_db()
    assert first.live is False


def test_bulk_set_expiry_hides_offers_from_public_after_the_date(jena_region, jena_client):
    login(jena_client, jena_region)
    offer = factories.offer("Praktikum Lager (m/w/d)")
    offer.save_revision().publish()
    day = timezone.localdate() + datetime.timedelta(days=3)

    response = jena_client.post(
        f"/cms/bulk/offers/offer/set_expiry/?id={offer.pk}", {"expire_on": day.isoformat()}
    )

    assert response.status_code == 302
    offer.refresh_from_db()
    assert timezone.localdate(offer.expire_at) == day
    assert offer.live is True
    later = timezone.now() + datetime.timedelta(days=4)
    assert list(Offer.objects.public(now=later)) == []
    assert list(Offer.objects.public()) == [offer]


def test_edit_form_has_tabs_and_renders(jena_region, jena_client):
    login(jena_client, jena_region)
    offer = factories.offer("Praktikum Tischlerei")

    response = jena_client.get(f"{LIST}edit/{offer.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    for tab in ("Angebot", "Zeitraum", "Ort", "Konditionen", "Bewerbung"):
        assert f">{tab}<" in html or f"{tab}\n" in html
