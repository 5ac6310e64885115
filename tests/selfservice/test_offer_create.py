"""Company logins create offers: an invalid form saves nothing, a resubmit saves one offer."""

from einblick.offers.models import Offer
from tests import factories
from tests.adminkit.helpers import login

ADD = "/cms/snippets/offers/offer/add/"


def _offer_data(employer, offer_type, **changes):
    data = {
        "title": "Praktikum Tischlerei (m/w/d)",
        "offer_type": offer_type.pk,
        "employer": employer.pk,
        "period_kind": "on_request",
        "description": '{"blocks":[],"entityMap":{}}',
        "action-submit": "1",
    }
    data.update(changes)
    return data


def test_invalid_offer_saves_nothing_and_resubmitting_saves_one(jena, jena_client, taxonomies):
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)
    offer_type = factories.offer_type("ferienjob-x", "Ferienjob X")
    before = Offer.objects.count()

    invalid = jena_client.post(ADD, _offer_data(own, offer_type, period_kind="dates"))
    after_invalid = Offer.objects.count()
    valid = jena_client.post(ADD, _offer_data(own, offer_type))

    assert invalid.status_code == 200
    assert after_invalid == before
    assert valid.status_code == 302
    assert Offer.objects.count() == before + 1


def test_background_autosave_on_the_new_offer_form_saves_nothing(jena, jena_client, taxonomies):
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)
    offer_type = factories.offer_type("ferienjob-x", "Ferienjob X")
    form = jena_client.get(f"{ADD}?offer_type={offer_type.pk}").content.decode()
    data = _offer_data(own, offer_type)
    del data["action-submit"]

    response = jena_client.post(ADD, data, HTTP_ACCEPT="application/json")

    assert 'data-controller="w-unsaved "' in form  # no w-autosave on the create form
    assert response.status_code == 400
    assert response.json()["error_code"] == "autosave_disabled"
    assert Offer.objects.filter(employer=own).count() == 0
