"""Editors choose only active, region-visible taxonomy entries; old ones stay visible."""

from django_tenants.utils import tenant_context

from einblick.taxonomy.regional.models import TaxonomyVisibility
from tests import factories
from tests.adminkit.helpers import login

OFFERS = "/cms/snippets/offers/offer/"
VISIBILITY = "/cms/settings/taxonomy_regional/taxonomyvisibility/"


def test_archived_berufsfeld_stays_on_an_old_offer_but_is_not_offered_anew(jena, jena_client):
    login(jena_client, jena)
    old_field = factories.occupational_field("bergbau-test", "Bergbau")
    current = factories.occupational_field("elektro-test", "Elektro")
    offer = factories.offer("Praktikum Grubenwehr")
    offer.occupational_fields.set([old_field])
    offer.save()
    old_field.is_archived = True
    old_field.save()

    edit = jena_client.get(f"{OFFERS}edit/{offer.pk}/")
    add = jena_client.get(f"{OFFERS}add/")

    edit_choices = set(edit.context["form"].fields["occupational_fields"].queryset)
    add_choices = set(add.context["form"].fields["occupational_fields"].queryset)
    assert old_field in edit_choices and current in edit_choices
    assert old_field not in add_choices and current in add_choices
    assert "Bergbau (archiviert)" in edit.content.decode()
    assert list(edit.context["form"]["occupational_fields"].value()) == [old_field.pk]


def test_region_hidden_offer_type_is_not_offered(jena, jena_client):
    login(jena_client, jena)
    hidden = factories.offer_type("feriencamp-test", "Feriencamp")
    shown = factories.offer_type("schnuppertag-test", "Schnuppertag")
    TaxonomyVisibility.load().hidden_offer_types.add(hidden)

    choices = set(jena_client.get(f"{OFFERS}add/").context["form"].fields["offer_type"].queryset)

    assert shown in choices
    assert hidden not in choices


def test_hiding_in_jena_does_not_hide_in_weimar(jena, weimar_region, jena_client):
    hidden = factories.offer_type("feriencamp-test", "Feriencamp")
    TaxonomyVisibility.load().hidden_offer_types.add(hidden)

    with tenant_context(weimar_region):
        hidden_in_weimar = list(TaxonomyVisibility.load().hidden_offer_types.all())

    assert hidden_in_weimar == []


def test_visibility_setting_opens_in_the_region_admin(jena, jena_client):
    login(jena_client, jena)

    response = jena_client.get(VISIBILITY, follow=True)

    assert response.status_code == 200
    assert "Ausgeblendete Angebotsarten" in response.content.decode()


def test_visibility_setting_is_absent_from_the_public_admin(portal_client):
    login(portal_client, None)

    settings_menu = portal_client.get("/cms/").content.decode()
    response = portal_client.get(VISIBILITY)

    assert "taxonomyvisibility" not in settings_menu
    assert response.status_code == 404  # region-only model: no table in the public schema
