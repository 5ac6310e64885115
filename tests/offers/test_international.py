"""Offers for international applicants: languages at work, required German, the company's
English translation; the filter "Englisch am Arbeitsplatz" (?arbeitssprache=en) on the list
page and in the API; English text in the search document."""

from django_tenants.utils import tenant_context

from einblick.offers.models import Offer
from einblick.offers.search_documents import offer_document
from tests import factories
from tests.adminkit.helpers import login


def _titles(client, **params) -> list[str]:
    response = client.get("/angebote/", params)
    assert response.status_code == 200
    return sorted(offer.title for offer in response.context["offers"])


def test_english_at_work_filter_on_the_list_page(jena, jena_client):
    # given an offer where English is spoken, one in Polish and German, one without languages
    factories.offer("Praktikum Labor", work_languages=["de", "en"])
    factories.offer("Ferienjob Lager", work_languages=["de", "pl"])
    factories.offer("Schnuppertag Büro")
    # when filtering for English, then only the English-speaking team is listed
    assert _titles(jena_client, arbeitssprache="en") == ["Praktikum Labor"]
    # and several languages mean any of them
    assert _titles(jena_client, arbeitssprache=["en", "pl"]) == [
        "Ferienjob Lager",
        "Praktikum Labor",
    ]


def test_list_page_offers_the_language_checkboxes(jena, jena_client):
    body = jena_client.get("/angebote/").content.decode()
    assert "<summary>Sprache am Arbeitsplatz</summary>" in body
    assert 'name="arbeitssprache" value="en"' in body


def test_unknown_language_is_a_field_error_not_a_500(jena, jena_client):
    factories.offer("Praktikum Labor", work_languages=["en"])
    response = jena_client.get("/angebote/", {"arbeitssprache": "klingonisch"})
    assert response.status_code == 200
    errors = response.context["filter_form"].errors["arbeitssprache"]
    assert errors == [
        "Die Sprache „klingonisch“ gibt es hier nicht; bitte ein Kürzel wie „en“ (Englisch) wählen."
    ]


def test_text_search_finds_the_english_title(jena, jena_client):
    factories.offer("Praktikum Softwareentwicklung", title_en="IT internship in software")
    factories.offer("Praktikum Büro")
    assert _titles(jena_client, q="internship") == ["Praktikum Softwareentwicklung"]


def test_api_filters_by_work_language_and_shows_the_translation(jena, jena_client):
    # given an English-speaking offer with a translation and a German-only one
    factories.offer(
        "Praktikum Labor",
        work_languages=["de", "en"],
        german_level="a2",
        title_en="Lab internship",
        summary_en="Three weeks in our optics lab.",
    )
    factories.offer("Ferienjob Lager", work_languages=["de"], german_level="b1")
    # when the API is asked for English at work
    data = jena_client.get("/api/v1/offers/", {"arbeitssprache": "en"}).json()
    # then only the English-speaking offer comes back, with its languages and translation
    assert data["count"] == 1
    offer = data["results"][0]
    assert offer["title"] == "Praktikum Labor"
    assert offer["work_languages"] == ["de", "en"]
    assert offer["german_level"] == "a2"
    assert offer["title_en"] == "Lab internship"
    assert offer["summary_en"] == "Three weeks in our optics lab."
    bad = jena_client.get("/api/v1/offers/", {"arbeitssprache": "xx"})
    assert bad.status_code == 400
    assert bad.json()["error"]["parameter"] == "arbeitssprache"


def test_search_document_carries_the_english_text(jena):
    offer = factories.offer(
        "Praktikum Softwareentwicklung",
        title_en="IT internship",
        summary_en="You help our developers test a web app.",
        description_en="<p>Four weeks, mentoring included.</p>",
        work_languages=["en"],
    )
    document = offer_document(offer)
    assert document.title == "Praktikum Softwareentwicklung"
    assert document.body.splitlines()[-3:] == [
        "IT internship",
        "You help our developers test a web app.",
        "Four weeks, mentoring included.",
    ]
    assert document.extra["title_en"] == "IT internship"
    assert document.extra["summary_en"] == "You help our developers test a web app."
    assert document.extra["work_languages"] == ["en"]


def test_editor_saves_languages_and_translation_in_the_international_tab(jena_region, jena_client):
    # given a region editor and an offer
    login(jena_client, jena_region)
    offer = factories.offer("Praktikum Labor")
    url = f"/cms/snippets/offers/offer/edit/{offer.pk}/"
    # when the edit form is opened, then the tab and the checkboxes are there
    body = jena_client.get(url).content.decode()
    assert "International / Englisch" in body
    assert 'type="checkbox" name="work_languages" value="en"' in body
    assert 'name="german_level"' in body


def test_english_languages_stay_in_their_region(jena_region, weimar_region, jena_client):
    # given an English-speaking offer in Weimar
    with tenant_context(weimar_region):
        factories.offer("Praktikum Weimar", work_languages=["en"])
    with tenant_context(jena_region):
        factories.offer("Praktikum Jena", work_languages=["en"])
    # then Jena's list and API filtered for English show only Jena's offer
    assert _titles(jena_client, arbeitssprache="en") == ["Praktikum Jena"]
    api = jena_client.get("/api/v1/offers/", {"arbeitssprache": "en"}).json()
    assert [o["title"] for o in api["results"]] == ["Praktikum Jena"]
    with tenant_context(jena_region):
        assert Offer.objects.filter(work_languages__contains=["en"]).count() == 1


def test_detail_page_names_the_languages_and_the_german_level(jena, jena_client):
    offer = factories.offer("Praktikum Labor", work_languages=["en", "de"], german_level="a2")
    body = jena_client.get(offer.get_url()).content.decode()
    assert "<dt>Sprachen am Arbeitsplatz</dt><dd>Deutsch, Englisch</dd>" in body
    assert "<dt>Deutschkenntnisse</dt><dd>Grundkenntnisse (A2)</dd>" in body
