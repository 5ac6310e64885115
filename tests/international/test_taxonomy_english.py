"""Shared taxonomy names in the page's language (issue 20): English on /en/ pages and in the
API with `sprache=en` where the English name is filled, German (marked `lang="de"`) where it
is not, and German pages unchanged."""

import importlib
import re
from types import SimpleNamespace

from django.apps import apps
from django.db import connection
from django.utils import translation
from django_tenants.utils import schema_context

from einblick.taxonomy.models import (
    InterestQuestion,
    Occupation,
    OccupationalField,
    OfferType,
    TargetGroup,
)
from search.rebuild import rebuild
from tests import factories


def _english_path(offer) -> str:
    with translation.override("en"):
        return offer.get_url()


def _offer_with_taxonomies():
    """An apprenticeship in IT for pupils (the shipped taxonomies, inside Jena)."""
    offer = factories.offer(
        "Ausbildung Fachinformatiker:in",
        type_obj=OfferType.objects.get(slug="ausbildungsplatz"),
        occupational_fields=[OccupationalField.objects.get(slug="it-computer")],
    )
    offer.target_groups.set([TargetGroup.objects.get(slug="schueler")])
    offer.occupations.set([Occupation.objects.get(slug="fachinformatiker-anwendungsentwicklung")])
    offer.save()
    return offer


# -- the accessor -------------------------------------------------------------------------
def test_label_is_english_on_english_pages_and_german_otherwise():
    holiday = OfferType(slug="ferienjob", name="Ferienjob", name_en="Holiday job")
    with translation.override("en"):
        assert (holiday.label, str(holiday), holiday.content_language()) == (
            "Holiday job",
            "Holiday job",
            "en",
        )
    with translation.override("de"):
        assert (holiday.label, str(holiday), holiday.content_language()) == (
            "Ferienjob",
            "Ferienjob",
            "de",
        )


def test_label_falls_back_to_german_when_the_english_name_is_empty():
    new = OfferType(slug="neu", name="Neue Angebotsart", name_en="")
    with translation.override("en"):
        assert (new.label, new.content_language()) == ("Neue Angebotsart", "de")


def test_short_name_and_description_follow_their_english_fields():
    it = OccupationalField(
        name="IT, Computer", name_en="IT, computers", short_name="IT", description="Deutsch."
    )
    with translation.override("en"):
        # no English short name: the English name, not the German short one
        assert (it.short_label, it.content_language("short_name")) == ("IT, computers", "en")
        # no English description: German, and said so
        assert (it.localised("description"), it.content_language("description")) == (
            "Deutsch.",
            "de",
        )
        it.short_name_en = "IT"
        assert it.short_label == "IT"
    with translation.override("de"):
        assert it.short_label == "IT"


# -- pages --------------------------------------------------------------------------------
def test_english_offer_list_has_english_filter_options(taxonomies, jena, jena_client):
    connection.set_schema_to_public()

    english = jena_client.get("/en/angebote/").content.decode()
    german = jena_client.get("/angebote/").content.decode()

    assert '<label for="id_typ_0">Holiday job</label>' in english
    assert '<label for="id_berufsfeld_5">IT, computers</label>' in english
    assert ">Pupils</label>" in english
    assert '<label for="id_typ_0">Ferienjob</label>' in german
    assert '<label for="id_berufsfeld_5">IT, Computer</label>' in german
    assert "Holiday job" not in german and "IT, computers" not in german


def test_filter_option_without_english_name_stays_german_and_is_marked(
    taxonomies, jena, jena_client
):
    with schema_context("public"):
        OfferType.objects.filter(slug="ferienjob").update(name_en="")
    connection.set_schema_to_public()

    english = jena_client.get("/en/angebote/").content.decode()

    assert '<label for="id_typ_0" lang="de">Ferienjob</label>' in english
    assert '<label for="id_typ_1">School internship</label>' in english


def test_english_offer_detail_names_type_fields_groups_and_occupations_in_english(
    taxonomies, jena, jena_client
):
    offer = _offer_with_taxonomies()
    path, german_path = _english_path(offer), offer.get_url()
    connection.set_schema_to_public()

    english = jena_client.get(path).content.decode()
    german = jena_client.get(german_path).content.decode()

    assert '<span class="tag">Apprenticeship</span>' in english
    assert re.search(
        r'<li class="tag"><a href="[^"]*berufsfeld=it-computer">IT, computers</a>', english
    )
    assert '<li class="tag">IT specialist – application development</li>' in english
    assert "<dd>Pupils</dd>" in english
    assert 'content="Apprenticeship at ' in english
    for german_name in (
        "Ausbildungsplatz",
        "IT, Computer<",
        "Schüler:innen",
        "– Anwendungsentwicklung",
    ):
        assert german_name not in english, german_name
    # the German page is as before: German names, no lang attributes on them
    assert '<span class="tag">Ausbildungsplatz</span>' in german
    assert '<li class="tag">Fachinformatiker/-in – Anwendungsentwicklung</li>' in german
    assert "<dd>Schüler:innen</dd>" in german
    assert "Apprenticeship" not in german


def test_english_offer_card_and_employer_page_use_english_short_names(
    taxonomies, jena, jena_client
):
    offer = _offer_with_taxonomies()
    employer = offer.employer
    employer.occupational_fields.set([OccupationalField.objects.get(slug="it-computer")])
    employer.save()
    with translation.override("en"):
        employer_path = employer.get_url()
    connection.set_schema_to_public()

    listing = jena_client.get("/en/angebote/").content.decode()
    profile = jena_client.get(employer_path).content.decode()

    assert '<span class="tag">Apprenticeship</span>' in listing
    assert '<li class="tag">IT</li>' in listing
    assert '<li class="tag">IT, computers</li>' in profile


def test_interest_check_questions_are_english_on_the_english_page(taxonomies):
    question = InterestQuestion.objects.get(slug="haende")
    with translation.override("en"):
        assert question.label == "I like working with my hands and putting things together."
        assert question.localised("hint") == "furniture, models, a tree house or a bicycle"


# -- API ----------------------------------------------------------------------------------
def test_taxonomies_api_answers_in_english_when_asked(taxonomies, jena, jena_client):
    english = jena_client.get("/api/v1/taxonomies/", {"sprache": "en"}).json()
    german = jena_client.get("/api/v1/taxonomies/").json()

    assert {"slug": "ferienjob", "name": "Holiday job"} in english["offer_types"]
    assert {"slug": "it-computer", "name": "IT, computers"} in english["occupational_fields"]
    assert {"slug": "schueler", "name": "Pupils"} in english["target_groups"]
    assert english["event_kinds"][0] == {"slug": "ausbildungsmesse", "name": "Apprenticeship fair"}
    assert {"slug": "ferienjob", "name": "Ferienjob"} in german["offer_types"]
    assert german["event_kinds"][0] == {"slug": "ausbildungsmesse", "name": "Ausbildungsmesse"}


def test_offer_api_names_taxonomies_in_english_and_keeps_slugs(taxonomies, jena, jena_client):
    offer = _offer_with_taxonomies()

    item = jena_client.get(f"/api/v1/offers/{offer.slug}/", {"sprache": "en"}).json()
    listed = jena_client.get("/api/v1/offers/", {"sprache": "en"}).json()["results"][0]

    assert item["type"] == {"slug": "ausbildungsplatz", "name": "Apprenticeship"}
    assert item["occupational_fields"] == [{"slug": "it-computer", "name": "IT, computers"}]
    assert item["target_groups"] == [{"slug": "schueler", "name": "Pupils"}]
    assert item["occupations"] == [
        {
            "slug": "fachinformatiker-anwendungsentwicklung",
            "name": "IT specialist – application development",
        }
    ]
    assert listed["type"]["name"] == "Apprenticeship"
    assert jena_client.get(f"/api/v1/offers/{offer.slug}/").json()["type"]["name"] == (
        "Ausbildungsplatz"
    )


def test_api_refuses_an_unknown_language_naming_the_parameter(jena, jena_client):
    response = jena_client.get("/api/v1/taxonomies/", {"sprache": "fr"})

    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == "sprache"


def test_search_facets_and_intents_are_english_when_english_is_asked(
    taxonomies, jena_region, jena_client, settings
):
    settings.SEARCH_BACKEND = "postgres"
    with schema_context(jena_region.schema_name):
        factories.offer("Ferienjob im Lager", type_obj=OfferType.objects.get(slug="ferienjob"))
        rebuild("jena")

    english = jena_client.get("/api/v1/search/", {"q": "Ferienjob", "sprache": "en"}).json()
    german = jena_client.get("/api/v1/search/", {"q": "Ferienjob"}).json()
    page = jena_client.get("/en/suche/", {"q": "Lager"}).content.decode()

    assert english["facets"]["type"] == [{"value": "ferienjob", "label": "Holiday job", "count": 1}]
    assert english["intents"][0]["label"] == "Holiday job"
    assert german["facets"]["type"] == [{"value": "ferienjob", "label": "Ferienjob", "count": 1}]
    assert german["intents"][0]["label"] == "Ferienjob"
    assert 'Holiday job <span class="meta">(1)</span></label>' in page


# -- existing installations -----------------------------------------------------------------
def test_migration_fills_only_empty_english_names_from_the_data_files(taxonomies):
    migration = importlib.import_module("einblick.taxonomy.migrations.0005_fill_english_names")
    with schema_context("public"):
        OfferType.objects.filter(slug="ferienjob").update(name_en="")
        OfferType.objects.filter(slug="schnuppertag").update(name_en="Trial day")

        migration.fill_english(apps, SimpleNamespace(connection=connection))

        assert OfferType.objects.get(slug="ferienjob").name_en == "Holiday job"
        assert OfferType.objects.get(slug="schnuppertag").name_en == "Trial day"
