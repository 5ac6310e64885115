"""The company area in plain German: login, welcome dashboard, no technical fields."""

import pytest

from einblick.offers.models import Offer
from tests import factories
from tests.adminkit.helpers import form_data, login
from tests.selfservice.helpers import (
    EMPLOYERS,
    ENGLISH_WORDS,
    OFFERS,
    TECHNICAL_FIELDS,
    forbidden_words,
)


def _company(jena, client, name="Tischlerei Eigen", **employer_fields):
    own = factories.employer(name, **employer_fields)
    own.save_revision().publish()
    user = login(client, jena, "firma-a", superuser=False, employer=own)
    return own, user


def test_login_page_is_region_branded_and_german(jena, jena_client):
    # given nobody is logged in
    # when the login page is opened on the Jena host
    html = jena_client.get("/cms/login/").content.decode()

    # then it says "Anmelden" with the region's name and German labels, without Wagtail
    assert "<h1>Anmelden" in html
    assert "Einblick Jena" in html
    assert 'class="icon-wagtail' not in html
    assert ">Passwort<" in html or "Passwort\n" in html or "Passwort" in html
    assert forbidden_words(html, ENGLISH_WORDS) == []


def test_company_dashboard_welcomes_with_completeness_and_next_steps(jena, jena_client, taxonomies):
    # given a company with a short profile and one offer waiting for review
    own, user = _company(jena, jena_client, pitch="Wir bauen Möbel.", city="Jena")
    offer = factories.offer("Praktikum Tischler:in", employer_obj=own, live=False)
    offer.save_revision(user=user)
    Offer.get_default_workflow().start(offer, user)

    # when the company opens the admin
    response = jena_client.get("/cms/")
    html = response.content.decode()

    # then it is welcomed with its profile's completeness and calls to action
    assert response.status_code == 200
    assert "Willkommen, Tischlerei Eigen" in html
    assert "Ihr Profil ist zu 10 % vollständig" in html
    assert "Logo hochladen" in html
    assert "Ihr Profil" in html and "Ihre Angebote" in html and "Neues Angebot" in html
    assert "Praktikum Tischler:in" in html
    assert "In Prüfung" in html
    assert "Seiten durchsuchen" not in html  # no Wagtail page search, no image count


def test_editor_keeps_the_wagtail_dashboard(jena, jena_client):
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    html = jena_client.get("/cms/").content.decode()

    assert "Willkommen," not in html
    assert "Ihr Profil ist zu" not in html


def test_dashboard_lists_only_the_own_offers(jena, jena_client, taxonomies):
    # given two companies with an offer each
    other = factories.employer("Bäckerei Fremd")
    factories.offer("Ferienjob Backstube", employer_obj=other)
    own, _ = _company(jena, jena_client)
    factories.offer("Praktikum Werkstatt", employer_obj=own)

    # when company A opens its dashboard
    html = jena_client.get("/cms/").content.decode()

    # then it sees only its own offer
    assert "Praktikum Werkstatt" in html
    assert "Ferienjob Backstube" not in html
    assert "Bäckerei Fremd" not in html


@pytest.mark.parametrize(
    "page", ["dashboard", "profile", "offers", "new_offer", "offer_form", "menu"]
)
def test_company_pages_have_no_english_words_and_no_technical_fields(
    jena, jena_client, taxonomies, page
):
    # given a company login with one offer
    own, _ = _company(jena, jena_client)
    offer = factories.offer("Ferienjob", employer_obj=own)
    urls = {
        "dashboard": "/cms/",
        "profile": f"{EMPLOYERS}edit/{own.pk}/",
        "offers": OFFERS,
        "new_offer": f"{OFFERS}add/",
        "offer_form": f"{OFFERS}add/?offer_type={offer.offer_type_id}",
        "menu": f"{OFFERS}edit/{offer.pk}/",
    }

    # when the page is opened
    response = jena_client.get(urls[page])
    html = response.content.decode()

    # then it is German throughout and shows no technical field
    assert response.status_code == 200
    assert forbidden_words(html, ENGLISH_WORDS) == []
    assert forbidden_words(html, TECHNICAL_FIELDS) == []


def test_company_menu_has_the_company_words_only(jena, jena_client):
    _company(jena, jena_client)

    html = jena_client.get("/cms/").content.decode()

    assert "Ihr Profil" in html
    assert "Ihre Angebote" in html
    assert '"name": "firmenzugange"' not in html
    assert "Firmenzugänge" not in html


def test_editor_still_sees_the_technical_fields(jena, jena_client, taxonomies):
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    html = jena_client.get(f"{EMPLOYERS}edit/{own.pk}/").content.decode()

    assert "URL-Kürzel" in html
    assert "Breitengrad" in html


def test_company_address_change_sets_coordinates_from_the_town_table(jena, jena_client):
    # given a company in Jena without coordinates
    own, _ = _company(jena, jena_client, city="Jena", postcode="07743")
    form = jena_client.get(f"{EMPLOYERS}edit/{own.pk}/").context["form"]

    # when it moves to Weimar and saves
    response = jena_client.post(
        f"{EMPLOYERS}edit/{own.pk}/",
        form_data(form, postcode="99423", city="Weimar", **{"action-submit": "1"}),
    )

    # then the submitted revision carries Weimar's coordinates
    assert response.status_code == 302
    own.refresh_from_db()
    draft = own.get_latest_revision_as_object()
    assert (draft.city, round(draft.latitude, 2), round(draft.longitude, 2)) == (
        "Weimar",
        50.98,
        11.33,
    )


def test_send_for_review_is_the_primary_action_for_companies(jena, jena_client, taxonomies):
    own, _ = _company(jena, jena_client)

    html = jena_client.get(f"{EMPLOYERS}edit/{own.pk}/").content.decode()

    primary = html.index("Zur Prüfung senden")
    assert primary < html.index("Entwurf speichern")


def test_new_offer_starts_with_the_offer_types_as_large_choices(jena, jena_client, taxonomies):
    # given a company login
    _company(jena, jena_client)
    chosen = factories.offer_type("ausbildung-x", "Ausbildungsplatz X")

    # when it starts a new offer, then picks a type
    choices = jena_client.get(f"{OFFERS}add/").content.decode()
    form = jena_client.get(f"{OFFERS}add/?offer_type={chosen.pk}")

    # then every type is a button on one page, and the form starts with the chosen type
    assert "Was möchten Sie anbieten?" in choices
    assert f'name="offer_type" value="{chosen.pk}">Ausbildungsplatz X' in choices
    assert form.context["form"].instance.offer_type_id == chosen.pk


def test_new_offer_with_a_broken_type_shows_the_choices_again(jena, jena_client, taxonomies):
    _company(jena, jena_client)

    response = jena_client.get(f"{OFFERS}add/?offer_type=abc")

    assert response.status_code == 200
    assert "Was möchten Sie anbieten?" in response.content.decode()
